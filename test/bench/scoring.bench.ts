/**
 * Scoring at volume, each beside a plain-number baseline doing the same arithmetic naively (no
 * validation, no explanations): KPI scorecards for 100,000 salespeople × 10 KPIs, 360 feedback
 * with 1,000,000 ratings over 10,000 subjects, and AHP weights for a 15 × 15 matrix.
 */
import { type KpiActuals, type KpiDefinition, scoreKpisBatch } from '../../src/scoring/kpi.js';
import { type Feedback360Input, type Rating360, score360 } from '../../src/scoring/feedback-360.js';
import { ahpWeights } from '../../src/scoring/ahp.js';
import type { BenchCase } from './harness.js';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

// ── KPI scorecards ────────────────────────────────────────────────────────────────────────────
const KPIS: KpiDefinition[] = [
  { id: 'revenue', weight: 25, group: 'results', direction: 'higherIsBetter', target: 250000 },
  { id: 'margin', weight: 10, group: 'results', direction: 'higherIsBetter', target: 0.3, cap: 120 },
  { id: 'newLogos', weight: 10, group: 'results', direction: 'higherIsBetter', target: 12, threshold: 6, stretch: 18, cap: 150 },
  { id: 'pipeline', weight: 10, group: 'results', direction: 'higherIsBetter', target: 750000, threshold: 400000 },
  {
    id: 'winRate',
    weight: 10,
    group: 'results',
    direction: 'higherIsBetter',
    target: 0.25,
    curve: {
      steps: [
        { from: 0.15, score: 50 },
        { from: 0.2, score: 80 },
        { from: 0.25, score: 100 },
      ],
    },
  },
  { id: 'daysToClose', weight: 10, group: 'efficiency', direction: 'lowerIsBetter', target: 45, threshold: 90 },
  { id: 'costOfSale', weight: 5, group: 'efficiency', direction: 'lowerIsBetter', target: 0.12 },
  { id: 'crmHygiene', weight: 5, group: 'attitude', direction: 'higherIsBetter', target: 1 },
  { id: 'trainingHours', weight: 5, group: 'attitude', direction: 'higherIsBetter', target: 20 },
  { id: 'handoffs', weight: 10, group: 'teamwork', direction: 'higherIsBetter', target: 8 },
];
const GROUP_WEIGHTS = { results: 60, efficiency: 15, attitude: 10, teamwork: 15 };

function people(n: number): KpiActuals[] {
  const next = random(42);
  return Array.from({ length: n }, () => {
    const actuals: KpiActuals = {};
    for (const kpi of KPIS) actuals[kpi.id] = Number(kpi.target) * (0.4 + 1.2 * next());
    return actuals;
  });
}

/** What a hand-written scorecard does: ratio scores, clamped, weighted; no curves, no checks. */
function plainScorecards(list: KpiActuals[]): number[] {
  const total = KPIS.reduce((a, k) => a + k.weight, 0);
  return list.map((actuals) => {
    let sum = 0;
    for (const kpi of KPIS) {
      const a = actuals[kpi.id] as number;
      const t = Number(kpi.target);
      const ratio = kpi.direction === 'higherIsBetter' ? a / t : t / a;
      sum += (kpi.weight / total) * Math.min(100, Math.max(0, 100 * ratio));
    }
    return sum;
  });
}

// ── 360 feedback ──────────────────────────────────────────────────────────────────────────────
const GROUPS = ['manager', 'peer', 'directReport', 'customer', 'self'];

function survey(subjects: number, ratings: number): Feedback360Input {
  const next = random(7);
  const list: Rating360[] = new Array(ratings);
  const perSubject = ratings / subjects; // 100: 10 raters × 10 competencies
  for (let i = 0; i < ratings; i += 1) {
    const s = Math.floor(i / perSubject);
    const within = i % perSubject;
    const rater = Math.floor(within / 10); // 0 manager, 1 self, 2–4 peers, 5–7 direct reports, 8–9 customers
    const group = rater === 0 ? 'manager' : rater === 1 ? 'self' : rater < 5 ? 'peer' : rater < 8 ? 'directReport' : 'customer';
    list[i] = {
      subjectId: `s${s}`,
      raterId: rater === 1 ? `s${s}` : `r${(s * 7 + rater * 131) % 20000}`,
      raterGroup: group,
      competencyId: `c${within % 10}`,
      score: 1 + Math.floor(next() * 5),
    };
  }
  return {
    competencies: Array.from({ length: 10 }, (_, c) => ({ id: `c${c}`, weight: 1 + (c % 3) })),
    raterGroups: GROUPS.map((id, g) => ({ id, weight: [40, 20, 20, 20, 0][g] as number })),
    ratings: list,
    scale: { min: 1, max: 5 },
  };
}

/** A hand-written 360: average per subject × group, then weight the groups; no checks, no suppression, no gap. */
function plain360(input: Feedback360Input): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const r of input.ratings) {
    if (r.score === null || r.raterGroup === 'self') continue;
    const key = `${r.subjectId}|${r.raterGroup}`;
    const cell = sums.get(key) ?? [0, 0];
    cell[0] += r.score;
    cell[1] += 1;
    sums.set(key, cell);
  }
  const weight: Record<string, number> = { manager: 40, peer: 20, directReport: 20, customer: 20 };
  const overall = new Map<string, [number, number]>();
  for (const [key, [sum, count]] of sums) {
    const [subject, group] = key.split('|') as [string, string];
    const acc = overall.get(subject) ?? [0, 0];
    acc[0] += (weight[group] as number) * (sum / count);
    acc[1] += weight[group] as number;
    overall.set(subject, acc);
  }
  return new Map([...overall].map(([s, [num, den]]) => [s, num / den]));
}

// ── AHP ───────────────────────────────────────────────────────────────────────────────────────
function judgementMatrix(n: number): number[][] {
  const scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 2, 3, 5, 7, 9];
  const next = random(3);
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const v = scale[Math.floor(next() * scale.length)] as number;
      (m[i] as number[])[j] = v;
      (m[j] as number[])[i] = 1 / v;
    }
  }
  return m;
}

/** Plain power iteration, fixed 100 steps, no checks. */
function plainEigenvector(m: number[][]): number[] {
  let w = m.map(() => 1 / m.length);
  for (let it = 0; it < 100; it += 1) {
    const v = m.map((row) => row.reduce((a, x, j) => a + x * (w[j] as number), 0));
    const s = v.reduce((a, b) => a + b, 0);
    w = v.map((x) => x / s);
  }
  return w;
}

export const cases: BenchCase[] = [
  {
    name: 'scoreKpisBatch: 100,000 salespeople × 10 KPIs (two-level weights, 4 curve kinds)',
    setup: () => people(100_000),
    run: (list: KpiActuals[]) => scoreKpisBatch(KPIS, list, { groupWeights: GROUP_WEIGHTS }),
    baseline: { name: 'plain ratio scorecard loop', run: (list: KpiActuals[]) => plainScorecards(list) },
    budgetMs: 1000,
    repeat: 3,
  },
  {
    name: 'score360: 1,000,000 ratings over 10,000 subjects (10 raters × 10 competencies each)',
    setup: () => survey(10_000, 1_000_000),
    run: (input: Feedback360Input) => score360(input),
    baseline: { name: 'plain Map-based group averages', run: (input: Feedback360Input) => plain360(input) },
    budgetMs: 1500,
    repeat: 3,
  },
  {
    name: 'score360 with zScore calibration: 1,000,000 ratings',
    setup: () => ({ ...survey(10_000, 1_000_000), calibrate: 'zScore' as const }),
    run: (input: Feedback360Input) => score360(input),
    baseline: { name: 'plain Map-based group averages', run: (input: Feedback360Input) => plain360(input) },
    budgetMs: 1500,
    repeat: 3,
  },
  {
    name: 'ahpWeights: 15 × 15 matrix, eigenvector, 1,000 times',
    setup: () => judgementMatrix(15),
    run: (m: number[][]) => {
      let last;
      for (let i = 0; i < 1000; i += 1) last = ahpWeights(m);
      return last;
    },
    baseline: {
      name: 'plain 100-step power iteration',
      run: (m: number[][]) => {
        let last;
        for (let i = 0; i < 1000; i += 1) last = plainEigenvector(m);
        return last;
      },
    },
  },
];
