/**
 * Credit: grading a million profiles on the default scorecard, and aging a million invoices,
 * each beside a plain-number baseline doing the same job naively (no validation, no reasons,
 * float money).
 */
import { ageReceivables, type CreditProfile, gradeCredit, type ReceivableInvoice } from '../../src/credit/index.js';
import type { BenchCase } from './harness.js';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const RATINGS = ['AAA', 'AA', 'A+', 'A', 'BBB+', 'BBB', 'BBB-', 'BB', 'B', 'CCC', 'D'];
const ZONES = ['safe', 'grey', 'distress'] as const;

function profiles(n: number): CreditProfile[] {
  const r = random(7);
  return Array.from({ length: n }, (_, i) => ({
    avgDaysBeyondTerms: Math.round((r() * 80 - 10) * 10) / 10,
    worstDaysBeyondTerms: Math.floor(r() * 150),
    onTimeShare: Math.round(r() * 100) / 100,
    paydex: Math.floor(r() * 100),
    utilisation: Math.round(r() * 130) / 100,
    overdueShare: Math.round(r() * 100) / 100,
    altmanZone: ZONES[i % 3],
    currentRatio: Math.round(r() * 300) / 100,
    debtToEquity: Math.round(r() * 400) / 100,
    yearsInBusiness: Math.floor(r() * 40),
    tenureYears: Math.floor(r() * 15),
    annualPurchases: Math.floor(r() * 2_000_000),
    externalRating: i % 5 === 0 ? null : RATINGS[i % RATINGS.length],
    legalActions: i % 17 === 0 ? 1 : 0,
    bouncedPayments: i % 11 === 0 ? 2 : 0,
  }));
}

// The same bins and points as the default model, as a hand-written float scorecard.
const CUTS: Array<[string, number[], number[]]> = [
  ['avgDaysBeyondTerms', [1, 8, 16, 31, 61], [75, 68, 60, 48, 34, 20]],
  ['worstDaysBeyondTerms', [1, 16, 31, 61, 91], [45, 42, 36, 28, 20, 12]],
  ['onTimeShare', [0.5, 0.7, 0.85, 0.95], [15, 25, 33, 40, 45]],
  ['paydex', [40, 50, 70, 80], [15, 25, 35, 45, 55]],
  ['utilisation', [0.5, 0.75, 0.9, 1, 1.2], [50, 46, 38, 28, 18, 10]],
  ['overdueShare', [0.05, 0.15, 0.3, 0.5], [55, 48, 38, 26, 14]],
  ['currentRatio', [0.8, 1, 1.2, 1.5, 2], [15, 24, 32, 38, 42, 45]],
  ['debtToEquity', [0.5, 1, 2, 3], [45, 40, 32, 24, 14]],
  ['yearsInBusiness', [2, 5, 10, 20], [10, 20, 28, 34, 38]],
  ['tenureYears', [1, 3, 5], [12, 22, 28, 34]],
  ['annualPurchases', [10_000, 100_000, 1_000_000], [14, 22, 28, 32]],
  ['legalActions', [1, 2], [45, 25, 5]],
  ['bouncedPayments', [1, 2, 4], [40, 28, 16, 5]],
];
function plainScore(p: Record<string, unknown>): number {
  let score = 80 + (p.altmanZone === 'safe' ? 60 : p.altmanZone === 'grey' ? 42 : 18) + (p.externalRating == null ? 38 : 48);
  for (const [id, cuts, points] of CUTS) {
    const v = p[id] as number;
    let k = 0;
    while (k < cuts.length && v >= (cuts[k] as number)) k += 1;
    score += points[k] as number;
  }
  return score;
}

function invoices(n: number): ReceivableInvoice[] {
  const r = random(11);
  const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const day = 20_300 + Math.floor(r() * 300);
    const amount = (Math.floor(r() * 1_000_000) / 100).toFixed(2);
    const credit = i % 50 === 0;
    return {
      id: `INV-${i}`,
      customerId: `C${Math.floor(r() * 20_000)}`,
      invoiceDate: iso(day),
      dueDate: iso(day + 30),
      amount: credit ? `-${amount}` : amount,
      ...(!credit && i % 7 === 0 ? { paid: '10.00' } : {}),
    };
  });
}

/** Float aging per customer, with Date parsing: what a hand-written version would do. */
function plainAging(rows: ReceivableInvoice[], asOf: string): Map<string, number[]> {
  const now = Date.parse(asOf);
  const out = new Map<string, number[]>();
  for (const row of rows) {
    const age = (now - Date.parse(row.dueDate as string)) / 86_400_000;
    const k = age <= 0 ? 0 : age <= 30 ? 1 : age <= 60 ? 2 : age <= 90 ? 3 : age <= 120 ? 4 : 5;
    let b = out.get(row.customerId);
    if (b === undefined) out.set(row.customerId, (b = [0, 0, 0, 0, 0, 0]));
    b[k] = (b[k] as number) + Number(row.amount) - Number(row.paid ?? 0);
  }
  return out;
}

export const cases: BenchCase[] = [
  {
    // What a batch job keeps: each full result is built (15 factors, reasons, PD) and the job
    // keeps the score, grade and top reason of every customer, as it would write them to a table.
    name: 'gradeCredit: 1,000,000 profiles, default scorecard (with reasons), keeping score, grade and top reason',
    setup: () => profiles(1_000_000),
    run: (ps: CreditProfile[]) =>
      ps.map((p) => {
        const result = gradeCredit(p);
        return [result.score, result.grade, result.reasons[0]?.code] as const;
      }),
    baseline: {
      name: 'float scorecard, points only',
      run: (ps: CreditProfile[]) => ps.map((p) => plainScore(p as Record<string, unknown>)),
    },
    budgetMs: 2000,
    repeat: 3,
  },
  {
    // For information (no budget): keeping every full result alive — 15 factor entries and the
    // reasons for each of a million customers, about 1.8 GB — makes the garbage collector trace
    // an ever larger heap; this measures memory more than grading.
    name: 'gradeCredit: 1,000,000 profiles, keeping every full result in memory',
    setup: () => profiles(1_000_000),
    run: (ps: CreditProfile[]) => ps.map((p) => gradeCredit(p)),
    baseline: {
      name: 'float scorecard, points only',
      run: (ps: CreditProfile[]) => ps.map((p) => plainScore(p as Record<string, unknown>)),
    },
    repeat: 3,
  },
  {
    name: 'ageReceivables: 1,000,000 invoices, 20,000 customers, 2 % credit notes (exact)',
    setup: () => invoices(1_000_000),
    run: (rows: ReceivableInvoice[]) => ageReceivables(rows, { asOf: '2026-01-31' }),
    baseline: { name: 'float buckets per customer', run: (rows: ReceivableInvoice[]) => plainAging(rows, '2026-01-31') },
    budgetMs: 1500,
    repeat: 3,
  },
];
