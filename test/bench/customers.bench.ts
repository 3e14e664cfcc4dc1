/**
 * The customer functions over a million rows, each beside a plain-number baseline doing the same
 * job naively (floats, no validation, no exactness) in the same process.
 */
import { rfmScores } from '../../src/customers/rfm.js';
import { summarizeCustomers } from '../../src/customers/summarize-customers.js';
import { tierCustomers } from '../../src/customers/tier-customers.js';
import type { BenchCase } from './harness.js';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

interface Row {
  customerId: string;
  date: string;
  amount: string;
}

/** 1,000,000 transactions of 100,000 customers over two years, 5 % of them refunds. */
function transactions(): Row[] {
  const next = random(7);
  const dates = Array.from({ length: 731 }, (_, d) => new Date(START + d * DAY).toISOString().slice(0, 10));
  return Array.from({ length: 1_000_000 }, () => {
    const cents = Math.floor(next() * 50_000) + 100;
    return {
      customerId: `C${String(Math.floor(next() * 100_000)).padStart(6, '0')}`,
      date: dates[Math.floor(next() * 731)] as string,
      amount: ((next() < 0.05 ? -cents : cents) / 100).toFixed(2),
    };
  });
}

/** What a hand-written summary would do: floats, a Map of customers, no validation. */
function plainSummaries(rows: Row[]): unknown[] {
  const asOf = Date.parse('2025-06-30');
  const byCustomer = new Map<string, { first: number; last: number; total: number; days: Map<number, number> }>();
  for (const row of rows) {
    const t = Date.parse(row.date);
    if (t > asOf) continue;
    let c = byCustomer.get(row.customerId);
    if (c === undefined) byCustomer.set(row.customerId, (c = { first: t, last: t, total: 0, days: new Map() }));
    const amount = Number.parseFloat(row.amount);
    c.total += amount;
    c.days.set(t, (c.days.get(t) ?? 0) + amount);
    if (t < c.first) c.first = t;
    if (t > c.last) c.last = t;
  }
  return [...byCustomer].map(([id, c]) => {
    const repeat = [...c.days].filter(([day]) => day !== c.first).map(([, v]) => v);
    return {
      id,
      x: repeat.length,
      tx: (c.last - c.first) / DAY / 7,
      T: (asOf - c.first) / DAY / 7,
      total: c.total.toFixed(2),
      mean: repeat.length ? repeat.reduce((a, b) => a + b, 0) / repeat.length : 0,
    };
  });
}

interface Customer {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetaryTotal: string;
  value: string;
}

/** 1,000,000 customer summaries with skewed spend. */
function customers(): Customer[] {
  const next = random(11);
  return Array.from({ length: 1_000_000 }, (_, i) => {
    const money = (Math.floor(1000 / (next() + 0.001)) / 100).toFixed(2);
    return {
      customerId: `C${i}`,
      recencyDays: Math.floor(next() * 720),
      frequency: 1 + Math.floor(-Math.log(1 - next()) * 3),
      monetaryTotal: money,
      value: money,
    };
  });
}

/** Quintiles by sorting floats, and ABC by a float cumulative sum. */
function plainRfmAndAbc(list: Customer[]): unknown {
  const n = list.length;
  const score = (values: number[]): number[] => {
    const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
    const out = new Array<number>(n);
    order.forEach((i, k) => (out[i] = 1 + Math.floor((5 * k) / n)));
    return out;
  };
  const money = list.map((c) => Number.parseFloat(c.monetaryTotal));
  const r = score(list.map((c) => -c.recencyDays));
  const f = score(list.map((c) => c.frequency));
  const m = score(money);
  const rfm = list.map((c, i) => ({ id: c.customerId, rfm: `${r[i]}${f[i]}${m[i]}` }));
  const total = money.reduce((a, b) => a + b, 0);
  const order = money.map((_, i) => i).sort((a, b) => (money[b] as number) - (money[a] as number));
  let cumulative = 0;
  const abc = order.map((i) => {
    const before = cumulative / total;
    cumulative += money[i] as number;
    return { id: (list[i] as Customer).customerId, tier: before < 0.8 ? 'A' : before < 0.95 ? 'B' : 'C' };
  });
  return [rfm, abc];
}

export const cases: BenchCase[] = [
  {
    name: 'summarizeCustomers: 1,000,000 transactions of 100,000 customers (exact, validated)',
    setup: transactions,
    run: (rows: Row[]) => summarizeCustomers(rows, { asOf: '2025-06-30', periodUnit: 'week' }),
    baseline: { name: 'Map + parseFloat, no validation', run: plainSummaries },
    budgetMs: 1500,
  },
  {
    name: 'rfmScores + tierCustomers (Pareto): 1,000,000 customers (exact, validated)',
    setup: customers,
    run: (list: Customer[]) => [rfmScores(list), tierCustomers(list, { method: 'pareto' })],
    baseline: { name: 'float sorts + float cumulative share', run: plainRfmAndAbc },
    budgetMs: 1500,
  },
];
