/**
 * Reads the CDNOW fixtures (test/fixtures/cdnow, see its README) for the customer tests.
 *
 * Source: the CDNOW sample of Fader, Hardie and Lee, "Counting Your Customers the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2), 2005, as shipped in the Python
 * library lifetimes (lifetimes/datasets, MIT licence).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dec } from '../../src/core/decimal.js';
import { lifecycleStage } from '../../src/customers/lifecycle-stage.js';
import { RFM_SEGMENTS, rfmScores } from '../../src/customers/rfm.js';
import { type CustomerTransaction, summarizeCustomers } from '../../src/customers/summarize-customers.js';
import { tierCustomers } from '../../src/customers/tier-customers.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'cdnow');

/** The end of the calibration period of Fader, Hardie and Lee (2005): 39 weeks from 1997-01-01. */
export const CALIBRATION_END = '1997-09-30';

/** The 6,919 transactions of CDNOW_sample.txt, ids as in the summary files ('1'..'2357'). */
export function cdnowTransactions(): CustomerTransaction[] {
  return readFileSync(join(DIR, 'CDNOW_sample.txt'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [, id, date, , amount] = line.trim().split(/\s+/) as [string, string, string, string, string];
      return { customerId: String(Number(id)), date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, amount };
    });
}

/** The rows of a CSV fixture (header dropped), CRLF or LF line ends. */
export function cdnowCsv(name: string): string[][] {
  return readFileSync(join(DIR, name), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
const table = (header: string[], rows: Array<Array<string | number>>): string =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The tables of the guide, from the CDNOW data. */
export function cdnowTables(): Record<'summaries' | 'segments' | 'tiers' | 'stages', string> {
  const summaries = summarizeCustomers(cdnowTransactions(), { asOf: CALIBRATION_END, periodUnit: 'week' });
  const n = summaries.length;
  const byId = new Map(summaries.map((s) => [s.customerId, s]));
  const published = new Map(cdnowCsv('cdnow_customers_summary_with_transactions.csv').map((r) => [r[0] as string, r]));
  const first = ['1', '2', '3', '4', '5'].map((id) => {
    const s = byId.get(id)!;
    const p = published.get(id)!;
    return [
      id,
      s.firstPurchase,
      s.lastPurchase,
      s.purchaseDays,
      s.monetaryTotal,
      s.x,
      s.tx.toFixed(2),
      s.T.toFixed(2),
      s.monetaryValue,
      `${p[1]}, ${p[2]}, ${p[3]}, ${p[4]}`,
    ];
  });

  const scores = rfmScores(summaries);
  const segments = RFM_SEGMENTS.map((rule) => {
    const members = scores.filter((r) => r.segment === rule.name).map((r) => byId.get(r.customerId)!);
    const revenue = members.reduce((a, s) => a.plus(s.monetaryTotal), new Dec(0));
    const mean = (f: (s: (typeof members)[number]) => number): string =>
      members.length === 0 ? '–' : (members.reduce((a, s) => a + f(s), 0) / members.length).toFixed(1);
    return [
      rule.name,
      members.length,
      percent(members.length, n),
      revenue.toFixed(2),
      mean((s) => s.recencyDays),
      mean((s) => s.frequency),
    ];
  });

  const tiers = tierCustomers(
    summaries.map((s) => ({ customerId: s.customerId, value: s.monetaryTotal })),
    { method: 'pareto' },
  );
  const total = tiers.reduce((a, t) => a.plus(t.value), new Dec(0));
  const tierRows = ['A', 'B', 'C'].map((label) => {
    const members = tiers.filter((t) => t.tier === label);
    const value = members.reduce((a, t) => a.plus(t.value), new Dec(0));
    return [label, members.length, percent(members.length, n), value.toFixed(2), `${value.dividedBy(total).times(100).toFixed(1)} %`];
  });

  const stages = summaries.map((s) => lifecycleStage(s, { asOf: CALIBRATION_END }));
  const stageRows = ['new', 'active', 'reactivated', 'atRisk', 'lapsed', 'churned'].map((stage) => {
    const members = stages.filter((s) => s.stage === stage);
    return [`\`${stage}\``, members.length, percent(members.length, n)];
  });

  return {
    summaries: table(['id', 'first', 'last', 'days', 'total', 'x', 't_x', 'T', 'monetaryValue', 'published x, t_x, T, zbar'], first),
    segments: table(['segment', 'customers', 'share', 'revenue', 'mean recency (days)', 'mean purchases'], segments),
    tiers: table(['tier', 'customers', 'share of customers', 'revenue', 'share of revenue'], tierRows),
    stages: table(['stage', 'customers', 'share'], stageRows),
  };
}
