/**
 * Handbook steps 7–8 — customer needs analysis and relationship maintenance, on the real CDNOW
 * customers: summaries at the end of the 39-week calibration period (1997-09-30), RFM segments,
 * ABC tiers and lifecycle stages; then the BG/NBD and Gamma-Gamma models fitted to the same
 * summaries rank every customer by predicted 52-week value, and the 39 weeks after the
 * calibration period check the purchase model against what the customers really did.
 */
import {
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  lifecycleStage,
  rankCustomersByValue,
  RFM_SEGMENTS,
  rfmScores,
  summarizeCustomers,
  tierCustomers,
} from 'salesops-kit/customers';
import type { CdnowPurchase } from '../cdnow.js';
import { sumAmounts } from '../money.js';
import type { SectionResult, SectionView } from '../model.js';
import { percent, thousands } from '../text-table.js';

export const CALIBRATION_END = '1997-09-30';
const HOLDOUT_START = '1997-10-01';
const HOLDOUT_END = '1998-06-30';
const HOLDOUT_WEEKS = 39;
const STAGES = ['new', 'active', 'reactivated', 'atRisk', 'lapsed', 'churned'] as const;

export interface CustomerFigures {
  transactions: number;
  customers: number;
  calibrationEnd: string;
  revenue: string;
  segments: Array<{ segment: string; customers: number; revenue: string }>;
  tiers: Array<{ tier: string; customers: number; revenue: string }>;
  stages: Array<{ stage: string; customers: number }>;
  models: {
    bgNbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number };
    gammaGamma: { p: number; q: number; gamma: number; frequencySpendCorrelation: number | null };
  };
  top: Array<{
    rank: number;
    customerId: string;
    x: number;
    tx: number;
    T: number;
    monetaryValue: string;
    probabilityAlive: number;
    expectedPurchases: number;
    expectedAverageSpend: string;
    clv: string;
  }>;
  predictedValue: { total: string; topDecile: string; topDecileCustomers: number };
  holdout: { weeks: number; expected: number; actual: number };
}

export function customersSection(purchases: CdnowPurchase[]): SectionResult<CustomerFigures> & { valueView: SectionView } {
  const summaries = summarizeCustomers(purchases, { asOf: CALIBRATION_END, periodUnit: 'week' });
  const revenue = sumAmounts(summaries.map((s) => s.monetaryTotal));

  const rfm = rfmScores(summaries);
  const totalOf = new Map(summaries.map((s) => [s.customerId, s.monetaryTotal]));
  const segments = RFM_SEGMENTS.map((rule) => {
    const members = rfm.filter((s) => s.segment === rule.name);
    return { segment: rule.name, customers: members.length, revenue: sumAmounts(members.map((s) => totalOf.get(s.customerId) ?? '0.00')) };
  });

  const tiered = tierCustomers(
    summaries.map((s) => ({ customerId: s.customerId, value: s.monetaryTotal })),
    { method: 'pareto' },
  );
  const tiers = ['A', 'B', 'C'].map((tier) => {
    const members = tiered.filter((t) => t.tier === tier);
    return { tier, customers: members.length, revenue: sumAmounts(members.map((t) => t.value)) };
  });

  const stageCounts = new Map<string, number>();
  for (const s of summaries) {
    const { stage } = lifecycleStage(s, { asOf: CALIBRATION_END });
    stageCounts.set(stage, (stageCounts.get(stage) ?? 0) + 1);
  }
  const stages = STAGES.map((stage) => ({ stage, customers: stageCounts.get(stage) ?? 0 }));

  const bg = fitBgNbd(summaries);
  const gg = fitGammaGamma(summaries);
  const models = { bgNbd: { r: bg.r, alpha: bg.alpha, a: bg.a, b: bg.b }, gammaGamma: { p: gg.p, q: gg.q, gamma: gg.gamma } };
  // 52 weeks ahead, as 12 months of 52/12 weeks, discounted at 1 % a month; revenue (margin 1).
  const ranked = rankCustomersByValue(models, summaries, { periodUnit: 'week', horizonMonths: 12, periodsPerMonth: 52 / 12 });
  const summaryOf = new Map(summaries.map((s) => [s.customerId, s]));
  const top = ranked.slice(0, 10).map((r) => {
    const s = summaryOf.get(r.customerId);
    return {
      rank: r.rank,
      customerId: r.customerId,
      x: s?.x ?? 0,
      tx: s?.tx ?? 0,
      T: s?.T ?? 0,
      monetaryValue: s?.monetaryValue ?? '0.00',
      probabilityAlive: r.probabilityAlive,
      expectedPurchases: r.expectedPurchases,
      expectedAverageSpend: r.expectedAverageSpend,
      clv: r.clv,
    };
  });
  const decile = Math.round(ranked.length / 10);
  const predictedValue = {
    total: sumAmounts(ranked.map((r) => r.clv)),
    topDecile: sumAmounts(ranked.slice(0, decile).map((r) => r.clv)),
    topDecileCustomers: decile,
  };

  // The holdout check: repeat purchase days in the 39 weeks after calibration, expected vs actual.
  const holdoutDays = new Set<string>();
  for (const p of purchases) if (p.date > CALIBRATION_END && p.date <= HOLDOUT_END) holdoutDays.add(`${p.customerId}/${p.date}`);
  const expected = summaries.reduce((sum, s) => sum + expectedPurchases(models.bgNbd, s, HOLDOUT_WEEKS), 0);
  const holdout = { weeks: HOLDOUT_WEEKS, expected: Math.round(expected), actual: holdoutDays.size };

  const figures: CustomerFigures = {
    transactions: purchases.length,
    customers: summaries.length,
    calibrationEnd: CALIBRATION_END,
    revenue,
    segments,
    tiers,
    stages,
    models: {
      bgNbd: { ...models.bgNbd, logLikelihood: bg.logLikelihood },
      gammaGamma: { ...models.gammaGamma, frequencySpendCorrelation: gg.frequencySpendCorrelation },
    },
    top,
    predictedValue,
    holdout,
  };

  const n = summaries.length;
  const view: SectionView = {
    id: 'customers',
    step: '7 · Customer needs analysis',
    title: 'Segment the CDNOW customers: RFM, ABC tiers, lifecycle stages',
    functions: ['summarizeCustomers', 'rfmScores', 'tierCustomers', 'lifecycleStage'],
    blocks: [
      {
        kind: 'figures',
        items: [
          ['Data', `${thousands(purchases.length, 0)} real purchases of ${thousands(n, 0)} CDNOW customers (first bought in Q1 1997)`],
          ['Calibration', `1997-01-01 to ${CALIBRATION_END}, in weeks; revenue ${thousands(revenue)}`],
        ],
      },
      {
        kind: 'table',
        table: {
          caption: 'RFM segments (scores 1–5 by rank, default segment map)',
          head: ['Segment', 'Customers', 'Share', 'Revenue'],
          rows: segments.map((s) => [s.segment, thousands(s.customers, 0), percent(s.customers / n), thousands(s.revenue)]),
          total: [
            'All',
            thousands(
              segments.reduce((t, s) => t + s.customers, 0),
              0,
            ),
            '100.0%',
            thousands(sumAmounts(segments.map((s) => s.revenue))),
          ],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'bar',
          spec: {
            id: 'rfm-segments',
            title: 'RFM segment sizes (CDNOW customers)',
            labels: segments.map((s) => s.segment),
            values: segments.map((s) => s.customers),
            valueLabels: segments.map((s) => thousands(s.customers, 0)),
            horizontal: true,
            colorful: true,
          },
        },
      },
      {
        kind: 'table',
        table: {
          caption: 'ABC tiers by revenue (Pareto, 80 / 95 % cut-offs)',
          head: ['Tier', 'Customers', 'Revenue', 'Share'],
          rows: tiers.map((t) => [t.tier, thousands(t.customers, 0), thousands(t.revenue), percent(Number(t.revenue) / Number(revenue))]),
          total: [
            'All',
            thousands(
              tiers.reduce((t, s) => t + s.customers, 0),
              0,
            ),
            thousands(sumAmounts(tiers.map((t) => t.revenue))),
            '100.0%',
          ],
        },
      },
      {
        kind: 'table',
        table: {
          caption: 'Lifecycle stages, each customer judged by their own purchase rhythm',
          head: ['Stage', 'Customers', 'Share'],
          rows: stages.map((s) => [s.stage, thousands(s.customers, 0), percent(s.customers / n)]),
          total: [
            'All',
            thousands(
              stages.reduce((t, s) => t + s.customers, 0),
              0,
            ),
            '100.0%',
          ],
        },
      },
    ],
  };

  const valueView: SectionView = {
    id: 'customer-value',
    step: '8 · Customer relationship maintenance',
    title: 'Rank the CDNOW customers by predicted 52-week value',
    functions: ['fitBgNbd', 'fitGammaGamma', 'rankCustomersByValue', 'expectedPurchases'],
    blocks: [
      {
        kind: 'figures',
        items: [
          [
            'BG/NBD (purchases)',
            `r ${bg.r.toFixed(4)}, α ${bg.alpha.toFixed(4)}, a ${bg.a.toFixed(4)}, b ${bg.b.toFixed(4)} (log-likelihood ${bg.logLikelihood.toFixed(1)})`,
          ],
          [
            'Gamma-Gamma (spend)',
            `p ${gg.p.toFixed(3)}, q ${gg.q.toFixed(3)}, γ ${gg.gamma.toFixed(3)} (frequency–spend correlation ${(gg.frequencySpendCorrelation ?? 0).toFixed(2)})`,
          ],
        ],
      },
      {
        kind: 'table',
        table: {
          caption: 'The ten most valuable customers over the next 52 weeks (discounted 1 % a month)',
          head: ['Rank', 'Customer', 'x', 't_x', 'T', 'Mean spend', 'P(alive)', 'Purchases', 'Spend each', 'CLV'],
          rows: top.map((t) => [
            String(t.rank),
            t.customerId,
            String(t.x),
            t.tx.toFixed(2),
            t.T.toFixed(2),
            t.monetaryValue,
            t.probabilityAlive.toFixed(3),
            t.expectedPurchases.toFixed(2),
            t.expectedAverageSpend,
            thousands(t.clv),
          ]),
        },
      },
      {
        kind: 'note',
        text:
          `Predicted value of all ${thousands(n, 0)} customers: ${thousands(predictedValue.total)}; the top 10 % (${predictedValue.topDecileCustomers}) hold ` +
          `${thousands(predictedValue.topDecile)} (${percent(Number(predictedValue.topDecile) / Number(predictedValue.total))}). ` +
          `Holdout check, ${HOLDOUT_START} to ${HOLDOUT_END} (${HOLDOUT_WEEKS} weeks): the model expected ${thousands(holdout.expected, 0)} repeat purchases; ` +
          `the customers made ${thousands(holdout.actual, 0)}.`,
      },
    ],
  };
  return { figures, view, valueView };
}
