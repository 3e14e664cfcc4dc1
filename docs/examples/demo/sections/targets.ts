/**
 * Handbook step 1 — target setting: next year's number by three methods, triangulated, then
 * checked against the SMART criteria with three years of history.
 */
import {
  targetFromBenchmark,
  targetFromCapacity,
  targetFromGrowth,
  targetFromMarketShare,
  triangulateTargets,
  validateSmartTarget,
  type SmartCriterion,
} from 'salesops-kit/targets';
import { moneyOf, sumAmounts } from '../money.js';
import type { SectionResult, SectionView } from '../model.js';
import type { SampleCompany } from '../sample-company.js';
import { percent, thousands } from '../text-table.js';

export interface TargetFigures {
  /** Company sales per year, 2023–2025. */
  history: Array<{ year: string; sales: string }>;
  proposals: Array<{ method: string; value: string; weight: number; explanation: string }>;
  benchmark: string;
  /** The triangulated 2026 target. */
  target: string;
  spread: { min: string; max: string; median: string; relativeSpread: number | null };
  productivityPerHead: string;
  smart: {
    passed: boolean;
    criteria: Array<{ criterion: SmartCriterion; passed: boolean; codes: string[] }>;
    stance: string | null;
    probability: number | null;
    requiredGrowth: number | null;
  };
}

const CRITERIA: SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

/** Company sales per year, from the monthly history. */
export function salesByYear(company: SampleCompany): Map<string, string> {
  const byYear = new Map<string, string[]>();
  for (const row of company.history) {
    const year = row.month.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), row.amount]);
  }
  return new Map([...byYear].map(([year, amounts]) => [year, sumAmounts(amounts)]));
}

export function targetsSection(company: SampleCompany): SectionResult<TargetFigures> & { smartView: SectionView } {
  const years = salesByYear(company);
  const history = [...years].map(([year, sales]) => ({ year, sales }));
  const sales2025 = years.get('2025') as string;
  const tenured = company.salespeople.filter((p) => p.rampFactor === 1);
  const newHires = company.salespeople.filter((p) => p.rampFactor < 1);
  const { market } = company;

  // Method 1: last year grown by the industry's 5 % plus one point for our new hire and launches.
  const growth = targetFromGrowth({ baseline: sales2025, growthRate: market.industryGrowth, adjustment: 0.01 });
  // Method 2: our 2025 share of the market (rounded to a hundredth of a point) plus the planned gain.
  const currentShare = Math.round((Number(sales2025) / Number(market.size2025)) * 10000) / 10000;
  const share = targetFromMarketShare({ marketSize: market.size2026, currentShare, penetrationGain: market.plannedShareGain });
  // Method 3: bottom-up capacity — tenured people at 2025 productivity plus a 4 % price increase,
  // the new hire at the ramp factor, 3 % attrition.
  const productivityPerHead = moneyOf((Number(sales2025) / tenured.length) * 1.04);
  const capacity = targetFromCapacity({
    headcount: tenured.length,
    productivityPerHead,
    newHires: newHires.map((p) => ({ count: 1, rampFactor: p.rampFactor })),
    attritionRate: 0.03,
  });
  // A cross-check, not weighted: a comparable distributor's revenue scaled by head count.
  const benchmark = targetFromBenchmark({
    benchmarkResult: market.benchmarkRevenue,
    ownSize: company.salespeople.length,
    benchmarkSize: market.benchmarkHeadcount,
  });

  const proposals = [
    { ...growth, weight: 2 },
    { ...share, weight: 1 },
    { ...capacity, weight: 1 },
  ];
  const triangulated = triangulateTargets(proposals);
  const target = triangulated.value;

  const smart = validateSmartTarget(
    {
      id: 'aurora-2026',
      title: 'Grow Aurora lab-supplies revenue in North, Central and South',
      metric: { kind: 'revenue', currency: company.currency },
      value: target,
      baseline: sales2025,
      scope: { region: 'North, Central, South' },
      period: { start: '2026-01-01', end: '2026-12-31' },
      alignsTo: ['grow-market-share'],
    },
    {
      asOf: '2025-12-15',
      history: history.map((h) => h.sales),
      marketSize: market.size2026,
      capacity: { headcount: company.salespeople.length, productivityPerHead },
      objectives: ['grow-market-share', 'retain-key-accounts'],
      currency: company.currency,
    },
  );

  const figures: TargetFigures = {
    history,
    proposals: proposals.map((p, i) => ({
      method: p.method,
      value: p.value,
      weight: triangulated.weights?.[i] ?? 0,
      explanation: p.explanation,
    })),
    benchmark: benchmark.value,
    target,
    spread: {
      min: triangulated.spread.min,
      max: triangulated.spread.max,
      median: triangulated.spread.median,
      relativeSpread: triangulated.spread.relativeSpread,
    },
    productivityPerHead,
    smart: {
      passed: smart.passed,
      criteria: CRITERIA.map((criterion) => ({
        criterion,
        passed: smart.criteria[criterion].passed,
        codes: smart.criteria[criterion].findings.map((f) => f.code),
      })),
      stance: smart.achievability?.stance ?? null,
      probability: smart.achievability?.probability ?? null,
      requiredGrowth: smart.achievability?.requiredGrowth ?? null,
    },
  };

  const methodName: Record<string, string> = { growth: 'Growth on 2025', marketShare: 'Market share', capacity: 'Capacity (bottom-up)' };
  const view: SectionView = {
    id: 'target',
    step: '1 · Target setting',
    title: 'Set the 2026 target by three methods and triangulate',
    functions: ['targetFromGrowth', 'targetFromMarketShare', 'targetFromCapacity', 'targetFromBenchmark', 'triangulateTargets'],
    blocks: [
      {
        kind: 'figures',
        items: [
          ['Sales 2023 → 2024 → 2025', history.map((h) => thousands(h.sales)).join(' → ')],
          [
            'Market 2025 → 2026',
            `${thousands(market.size2025)} → ${thousands(market.size2026)} (our 2025 share ${percent(currentShare, 2)})`,
          ],
        ],
      },
      {
        kind: 'table',
        table: {
          head: ['Method', 'Proposal', 'Weight', 'How'],
          rows: [
            ...proposals.map((p, i) => [
              methodName[p.method] ?? p.method,
              thousands(p.value),
              percent(triangulated.weights?.[i] ?? 0, 0),
              p.method === 'growth'
                ? '2025 × (1 + 5 % market + 1 pt plans)'
                : p.method === 'marketShare'
                  ? `2026 market × (${percent(currentShare, 2)} + ${percent(market.plannedShareGain, 1)} gain)`
                  : `(${tenured.length} + ${newHires.length} × ${newHires[0]?.rampFactor ?? 0} ramp) × 97 % × ${thousands(productivityPerHead)}`,
            ]),
            [
              'Benchmark (cross-check)',
              thousands(benchmark.value),
              '—',
              `${thousands(market.benchmarkRevenue)} × ${company.salespeople.length} ÷ ${market.benchmarkHeadcount} heads`,
            ],
          ],
          total: ['2026 target (weighted mean)', thousands(target), '100%', ''],
          right: [1, 2],
        },
      },
      {
        kind: 'note',
        text:
          `The methods range from ${thousands(triangulated.spread.min)} to ${thousands(triangulated.spread.max)}` +
          ` (${percent(triangulated.spread.relativeSpread ?? 0)} of the median): close enough to approve without a debate.`,
      },
    ],
  };

  const stanceFinding = smart.criteria.achievable.findings.find((f) => /_TARGET$/.test(f.code));
  const smartView: SectionView = {
    id: 'smart',
    step: '2 · Target setting',
    title: 'Validate the target: SMART, against the 2023–2025 history',
    functions: ['validateSmartTarget'],
    blocks: [
      {
        kind: 'table',
        table: {
          head: ['Criterion', 'Passed', 'Findings'],
          rows: CRITERIA.map((criterion) => [
            criterion,
            smart.criteria[criterion].passed ? 'yes' : 'NO',
            smart.criteria[criterion].findings.map((f) => `${f.code}${f.severity === 'info' ? '' : ` (${f.severity})`}`).join(', ') || '—',
          ]),
          total: ['SMART', smart.passed ? 'yes' : 'NO', ''],
          right: [],
        },
      },
      ...(stanceFinding ? [{ kind: 'note' as const, text: stanceFinding.message }] : []),
      {
        kind: 'note',
        text:
          `It claims ${percent(smart.marketShare ?? 0, 2)} of the 2026 market and ` +
          `${percent(smart.capacityUse ?? 0)} of the team's capacity (${company.salespeople.length} × ${thousands(productivityPerHead)}).`,
      },
    ],
  };
  return { figures, view, smartView };
}
