/**
 * Handbook step 5 — tracking: attainment at mid-year (as of 30 June 2026) against the phased plan,
 * for the company and every salesperson, and the second half re-balanced so that the year still
 * adds up to the quota.
 */
import { rebalanceQuota, trackAttainment } from 'salesops-kit/quota';
import { subtractAmounts, sumAmounts } from '../money.js';
import type { SectionResult, SectionView } from '../model.js';
import type { SampleCompany } from '../sample-company.js';
import { thousands } from '../text-table.js';
import { monthName, type PhasedMonth, type QuotaFigures } from './quota.js';

export const MID_YEAR = '2026-06-30';

export interface Attainment {
  target: string;
  expectedToDate: string;
  actualToDate: string;
  pace: number | null;
  status: string;
  forecast: string | null;
  requiredRunRate: string | null;
}

export interface AttainmentFigures {
  asOf: string;
  company: Attainment;
  reps: Array<Attainment & { id: string; name: string; secondHalfPlan: string; secondHalfQuota: string }>;
  rebalanced: {
    remaining: string;
    months: Array<{ period: string; plan: string; actual: string | null; quota: string }>;
  };
}

function track(target: string, actual: string, start: string, months: PhasedMonth[]): Attainment {
  const report = trackAttainment({
    target,
    actual,
    start,
    end: '2026-12-31',
    asOf: MID_YEAR,
    plan: months.map((m) => ({ start: m.start, end: m.end, amount: m.amount })),
  });
  return {
    target,
    expectedToDate: report.expectedToDate,
    actualToDate: report.actualToDate,
    pace: report.pace,
    status: report.status,
    forecast: report.forecast,
    requiredRunRate: report.requiredRunRate,
  };
}

/** Actuals per month ('2026-01' …) for one salesperson, or for everyone. */
function actualsByMonth(company: SampleCompany, salespersonId?: string): Map<string, string> {
  const byMonth = new Map<string, string[]>();
  for (const row of company.actuals2026) {
    if (salespersonId !== undefined && row.salespersonId !== salespersonId) continue;
    byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row.amount]);
  }
  return new Map([...byMonth].map(([month, amounts]) => [month, sumAmounts(amounts)]));
}

function rebalance(target: string, months: PhasedMonth[], actuals: Map<string, string>) {
  return rebalanceQuota({
    target,
    periods: months.map((m) => ({ period: m.period, plan: m.amount, actual: actuals.get(m.period) ?? null })),
  });
}

export function attainmentSection(company: SampleCompany, quota: QuotaFigures): SectionResult<AttainmentFigures> {
  const companyActuals = actualsByMonth(company);
  const companyAttainment = track(quota.target, sumAmounts([...companyActuals.values()]), '2026-01-01', quota.phasing.company);
  const companyRebalanced = rebalance(quota.target, quota.phasing.company, companyActuals);

  const reps = quota.reps.map((rep) => {
    const phased = quota.phasing.reps.find((r) => r.id === rep.id) as { start: string; months: PhasedMonth[] };
    const actuals = actualsByMonth(company, rep.id);
    const attainment = track(rep.quota, sumAmounts([...actuals.values()]), phased.start, phased.months);
    const rebalanced = rebalance(rep.quota, phased.months, actuals);
    const open = rebalanced.periods.filter((p) => p.status === 'open');
    return {
      id: rep.id,
      name: rep.name,
      ...attainment,
      secondHalfPlan: sumAmounts(open.map((p) => p.plan ?? '0.00')),
      secondHalfQuota: sumAmounts(open.map((p) => p.quota)),
    };
  });

  const figures: AttainmentFigures = {
    asOf: MID_YEAR,
    company: companyAttainment,
    reps,
    rebalanced: {
      remaining: companyRebalanced.remaining,
      months: companyRebalanced.periods.map((p) => ({ period: p.period, plan: p.plan ?? '0.00', actual: p.actual, quota: p.quota })),
    },
  };

  // The pace chart: cumulative plan, cumulative actual to June, the forecast at the current pace,
  // and the re-balanced plan that still reaches the target.
  const cumulative = (amounts: string[]): number[] => {
    let sum = '0.00';
    return amounts.map((a) => Number((sum = sumAmounts([sum, a]))));
  };
  const planCum = cumulative(quota.phasing.company.map((m) => m.amount));
  const actualCum = cumulative([...companyActuals.values()]);
  const rebalancedCum = cumulative(companyRebalanced.periods.map((p) => p.quota));
  const lastActual = actualCum[actualCum.length - 1] ?? 0;
  const planAtJune = planCum[actualCum.length - 1] ?? 0;
  const forecast = Number(companyAttainment.forecast ?? lastActual);
  const target = Number(quota.target);
  const forecastLine = planCum.map((p, i) =>
    i < actualCum.length - 1 ? null : lastActual + ((forecast - lastActual) * (p - planAtJune)) / (target - planAtJune),
  );
  const closed = companyRebalanced.periods.filter((p) => p.status === 'closed');
  const open = companyRebalanced.periods.filter((p) => p.status === 'open');
  const pct = (n: number | null): string => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);

  const view: SectionView = {
    id: 'attainment',
    step: '5 · Performance tracking',
    title: 'Track attainment at mid-year (as of 2026-06-30), re-balance H2',
    functions: ['trackAttainment', 'rebalanceQuota'],
    blocks: [
      {
        kind: 'figures',
        items: [
          ['Company, plan to date', `${thousands(companyAttainment.expectedToDate)} (the seasonal plan, not half the year)`],
          [
            'Company, actual to date',
            `${thousands(companyAttainment.actualToDate)} — pace ${pct(companyAttainment.pace)}, ${companyAttainment.status}`,
          ],
          ['Forecast at this pace', `${thousands(companyAttainment.forecast ?? '0.00')} of ${thousands(quota.target)}`],
          ['Needed per remaining day', thousands(companyAttainment.requiredRunRate ?? '0.00')],
        ],
      },
      {
        kind: 'chart',
        chart: {
          kind: 'line',
          spec: {
            id: 'attainment-pace',
            title: 'Attainment pace: cumulative plan vs actual, with the forecast',
            xLabels: quota.phasing.company.map((m) => monthName(m.period)),
            series: [
              { name: 'Plan', values: planCum },
              { name: 'Actual', values: planCum.map((_, i) => actualCum[i] ?? null) },
              { name: 'Forecast at current pace', values: forecastLine, dashed: true },
              { name: 'Re-balanced plan', values: rebalancedCum.map((v, i) => (i < actualCum.length - 1 ? null : v)), dashed: true },
            ],
            marker: { index: actualCum.length - 1, label: `as of ${MID_YEAR}` },
          },
        },
      },
      {
        kind: 'table',
        table: {
          caption:
            `Each salesperson against their own phased plan (quotas from step 3, padded by ${Math.round(quota.overAssignment * 100)} %); ` +
            `the second half re-balanced so that H1 actuals + H2 quota = the annual quota`,
          head: ['Salesperson', 'Plan H1', 'Actual H1', 'Pace', 'Status', 'Forecast', 'H2 new quota'],
          rows: reps.map((r) => [
            r.name,
            thousands(r.expectedToDate),
            thousands(r.actualToDate),
            pct(r.pace),
            r.status,
            thousands(r.forecast ?? '0.00'),
            thousands(r.secondHalfQuota),
          ]),
          total: [
            'All people',
            thousands(sumAmounts(reps.map((r) => r.expectedToDate))),
            thousands(sumAmounts(reps.map((r) => r.actualToDate))),
            '',
            '',
            thousands(sumAmounts(reps.map((r) => r.forecast ?? '0.00'))),
            thousands(sumAmounts(reps.map((r) => r.secondHalfQuota))),
          ],
          right: [1, 2, 3, 5, 6],
        },
      },
      {
        kind: 'note',
        text:
          `The company is ${companyAttainment.status} of its target while ${reps.filter((r) => r.status === 'atRisk' || r.status === 'behind').length} of ${reps.length} people ` +
          `are at risk or behind: their quotas carry the ${Math.round(quota.overAssignment * 100)} % padding, so the company can be on target when people are not.`,
      },
      {
        kind: 'table',
        table: {
          caption:
            'The company’s year re-balanced: January–June closed at their actuals, the rest of the target spread over July–December by the plan',
          head: ['Months', 'Plan', 'Actual', 'New quota', 'vs plan'],
          rows: [
            [
              `Jan–${monthName(closed[closed.length - 1]?.period ?? '2026-06')} (closed)`,
              thousands(sumAmounts(closed.map((p) => p.plan ?? '0.00'))),
              thousands(companyRebalanced.actualToDate),
              thousands(sumAmounts(closed.map((p) => p.quota))),
              thousands(sumAmounts(closed.map((p) => p.vsPlan ?? '0.00'))),
            ],
            ...open.map((p) => [monthName(p.period), thousands(p.plan ?? '0.00'), '', thousands(p.quota), thousands(p.vsPlan ?? '0.00')]),
          ],
          total: [
            '2026',
            thousands(sumAmounts(companyRebalanced.periods.map((p) => p.plan ?? '0.00'))),
            thousands(companyRebalanced.actualToDate),
            thousands(sumAmounts(companyRebalanced.periods.map((p) => p.quota))),
            thousands(sumAmounts(companyRebalanced.periods.map((p) => p.vsPlan ?? '0.00'))),
          ],
          right: [1, 2, 3, 4],
        },
      },
    ],
  };
  return { figures, view };
}
