/**
 * The SMART check over a whole plan: 100,000 targets, each with a five-period history, against a
 * hand-written loop that computes the same growth statistics and stance with plain numbers and
 * no validation, no findings and no messages. Budget (issue 3): under 1 s.
 */
import { normalCdf } from '../../src/core/stats.js';
import { type SalesTarget, type SmartContext, validateSmartTarget } from '../../src/targets/index.js';
import type { BenchCase } from './harness.js';

interface Plan {
  targets: SalesTarget[];
  contexts: SmartContext[];
}

const REGIONS = ['Nordics', 'DACH', 'Benelux', 'Iberia', 'APAC', 'North America', 'LATAM'];

/** A deterministic plan: amounts as decimal strings, as they come out of a CRM. */
function plan(n: number): Plan {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const targets: SalesTarget[] = [];
  const contexts: SmartContext[] = [];
  for (let i = 0; i < n; i += 1) {
    const history: string[] = [];
    let actual = 500_000 + next() * 1_000_000;
    for (let k = 0; k < 5; k += 1) {
      history.push(actual.toFixed(2));
      actual *= 0.95 + next() * 0.2;
    }
    const baseline = history[4] as string;
    const region = REGIONS[i % REGIONS.length] as string;
    targets.push({
      id: `t-${i}`,
      title: `Grow product line ${i % 40} revenue in ${region}`,
      metric: { kind: 'revenue', currency: 'EUR' },
      value: (Number(baseline) * (0.95 + next() * 0.3)).toFixed(2),
      baseline,
      scope: { region, productLine: `PL-${i % 40}`, owner: `rep-${i % 900}` },
      period: { start: '2026-01-01', end: '2026-12-31' },
      alignsTo: ['growth'],
    });
    contexts.push({ asOf: '2025-11-15', history, objectives: ['growth', 'retention'] });
  }
  return { targets, contexts };
}

/** The statistics alone, with plain numbers: what a hand-written version would do. */
function plainGrowthStatistics({ targets, contexts }: Plan): number {
  let realistic = 0;
  for (let i = 0; i < targets.length; i += 1) {
    const history = (contexts[i] as SmartContext).history as string[];
    const rates: number[] = [];
    for (let k = 1; k < history.length; k += 1) {
      const from = Number(history[k - 1]);
      rates.push((Number(history[k]) - from) / from);
    }
    let mean = 0;
    for (const r of rates) mean += r;
    mean /= rates.length;
    let squares = 0;
    for (const r of rates) squares += (r - mean) ** 2;
    const sd = Math.sqrt(squares / (rates.length - 1));
    const t = targets[i] as SalesTarget;
    const required = Number(t.value) / Number(t.baseline) - 1;
    const p = normalCdf((mean - required) / sd);
    if (p >= 0.4 && p <= 0.9) realistic += 1;
  }
  return realistic;
}

export const cases: BenchCase[] = [
  {
    name: 'validateSmartTarget: 100,000 targets with five-period histories',
    setup: () => plan(100_000),
    run: ({ targets, contexts }: Plan) => {
      let passed = 0;
      for (let i = 0; i < targets.length; i += 1) {
        if (validateSmartTarget(targets[i] as SalesTarget, contexts[i]).passed) passed += 1;
      }
      return passed;
    },
    baseline: { name: 'plain-number growth statistics, no validation', run: plainGrowthStatistics },
    budgetMs: 1000,
  },
];
