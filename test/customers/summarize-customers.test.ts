import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import {
  type CustomerTransaction,
  CustomerTransactionSchema,
  summarizeCustomers,
  SummarizeCustomersOptionsSchema,
} from '../../src/customers/summarize-customers.js';
import { amountString, isoDate } from '../helpers/arbitraries.js';
import {
  BAD_AMOUNTS,
  BAD_DATES,
  BAD_IDS,
  expectPure,
  expectRejectsAt,
  expectSalesOpsError,
  REMOVE,
  SPECIAL_IDS,
  withValueAt,
} from '../helpers/bad-input.js';
import { CALIBRATION_END, cdnowCsv, cdnowTransactions } from './cdnow.js';
import { expectSameFirstIssue } from '../helpers/schema-agreement.js';

const tx = (customerId: string, date: string, amount: string | number): CustomerTransaction => ({ customerId, date, amount });

describe('summarizeCustomers on the CDNOW data (Fader, Hardie and Lee 2005)', () => {
  // Reference: cdnow_customers_summary_with_transactions.csv from lifetimes/datasets (the CDNOW
  // sample of Fader, Hardie and Lee, Marketing Science 24(2), 2005): x, t_x and T in weeks over
  // the calibration period 1997-01-01..1997-09-30, and zbar, the mean spend of the repeat
  // purchases. Every one of the 2,357 customers is compared, to the 2 decimals printed.
  const transactions = cdnowTransactions();
  const summaries = summarizeCustomers(transactions, { asOf: CALIBRATION_END, periodUnit: 'week' });
  const byId = new Map(summaries.map((s) => [s.customerId, s]));

  test('reproduces x, t_x, T and zbar of every customer', () => {
    const expected = cdnowCsv('cdnow_customers_summary_with_transactions.csv');
    expect(expected).toHaveLength(2357);
    expect(summaries).toHaveLength(2357);
    const mismatches: string[] = [];
    for (const [id, x, tx, T, zbar] of expected as Array<[string, string, string, string, string]>) {
      const s = byId.get(id);
      const got = s === undefined ? 'missing' : [s.x, s.tx.toFixed(2), s.T.toFixed(2), s.monetaryValue].join(',');
      if (got !== [Number(x), tx, T, zbar].join(',')) mismatches.push(`${id}: expected ${x},${tx},${T},${zbar}, got ${got}`);
    }
    expect(mismatches).toEqual([]);
  });

  test('reproduces cdnow_customers_summary.csv (frequency, recency, T) too', () => {
    const expected = cdnowCsv('cdnow_customers_summary.csv');
    expect(expected).toHaveLength(2357);
    for (const [id, frequency, recency, T] of expected as Array<[string, string, string, string]>) {
      const s = byId.get(id);
      expect([s?.x, s?.tx.toFixed(2), s?.T.toFixed(2)], id).toEqual([Number(frequency), Number(recency).toFixed(2), Number(T).toFixed(2)]);
    }
  });

  test('the published x counts purchase days, not transactions, and t_x, T are days / 7', () => {
    // 80 customers bought more than once on some day in the calibration period; the file counts
    // such a day once (and zbar is the mean of the day totals), which is why x is defined on
    // days. Customer 1 bought on 1997-01-01, 01-18 and 08-02: t_x = 213 / 7 = 30.43, T = 272 / 7 =
    // 38.86 (whole weekly periods, as pandas' freq='W' gives, would be 30 and 39).
    const calibration = transactions.filter((t) => (t.date as string) <= CALIBRATION_END);
    const perCustomer = new Map<string, number>();
    for (const t of calibration) perCustomer.set(t.customerId, (perCustomer.get(t.customerId) ?? 0) + 1);
    const severalOnADay = summaries.filter((s) => (perCustomer.get(s.customerId) as number) !== s.purchaseDays);
    expect(severalOnADay).toHaveLength(80);
    expect(severalOnADay.every((s) => s.frequency > s.purchaseDays)).toBe(true);
    const one = byId.get('1');
    expect(one).toMatchObject({ firstPurchase: '1997-01-01', lastPurchase: '1997-08-02', x: 2, tenureDays: 272, monetaryValue: '22.35' });
    expect(one?.tx).toBeCloseTo(213 / 7, 12);
    expect(one?.T).toBeCloseTo(272 / 7, 12);
  });

  test('transactions after the calibration end are ignored and counted', () => {
    const after = transactions.filter((t) => (t.date as string) > CALIBRATION_END).length;
    expect(after).toBe(1959);
    expect(summaries.reduce((sum, s) => sum + s.ignoredAfterAsOf, 0)).toBe(after);
    expect(summaries.reduce((sum, s) => sum + s.frequency, 0)).toBe(transactions.length - after);
  });

  test('monetary totals add up exactly to the sum of the calibration amounts', () => {
    const total = transactions
      .filter((t) => (t.date as string) <= CALIBRATION_END)
      .reduce((sum, t) => sum.plus(t.amount as string), new Dec(0));
    const summed = summaries.reduce((sum, s) => sum.plus(s.monetaryTotal), new Dec(0));
    expect(summed.toFixed(2)).toBe(total.toFixed(2));
  });
});

describe('summarizeCustomers: definitions', () => {
  test('nets refunds into the day; a day that nets below zero is not a purchase day', () => {
    const [s] = summarizeCustomers(
      [
        tx('a', '2026-01-01', '100.00'),
        tx('a', '2026-01-10', '50.00'),
        tx('a', '2026-01-10', '-20.00'), // day worth 30
        tx('a', '2026-01-20', '10.00'),
        tx('a', '2026-01-20', '-40.00'), // day worth −30: a refund day
        tx('a', '2026-01-25', '-5.00'), // refund only
      ],
      { asOf: '2026-01-31' },
    );
    expect(s).toEqual({
      customerId: 'a',
      firstPurchase: '2026-01-01',
      lastPurchase: '2026-01-10',
      previousPurchase: '2026-01-01',
      recencyDays: 21,
      tenureDays: 30,
      frequency: 2,
      purchaseDays: 2,
      monetaryTotal: '95.00',
      averageOrderValue: '47.50',
      refundTotal: '65.00',
      x: 1,
      tx: 9,
      T: 30,
      monetaryValue: '30.00',
      periodUnit: 'day',
      ignoredAfterAsOf: 0,
    });
  });

  test('a day that nets to exactly zero is a purchase day worth 0 (a free order, an exchange)', () => {
    const [s] = summarizeCustomers(
      [tx('a', '2026-01-01', '0'), tx('a', '2026-01-05', '25.00'), tx('a', '2026-01-05', '-25.00'), tx('a', '2026-01-09', '9.00')],
      { asOf: '2026-01-09' },
    );
    expect(s).toMatchObject({
      firstPurchase: '2026-01-01',
      purchaseDays: 3,
      x: 2,
      frequency: 3,
      monetaryValue: '4.50',
      monetaryTotal: '9.00',
    });
  });

  test('leaves out customers without a purchase day up to asOf', () => {
    const result = summarizeCustomers(
      [tx('refunds-only', '2026-01-01', '-10'), tx('later', '2026-02-01', '10'), tx('kept', '2026-01-02', '1')],
      { asOf: '2026-01-15' },
    );
    expect(result.map((s) => s.customerId)).toEqual(['kept']);
  });

  test('counts transactions on asOf, ignores later ones', () => {
    const [s] = summarizeCustomers([tx('a', '2026-01-01', 1), tx('a', '2026-01-15', 2), tx('a', '2026-01-16', 4)], { asOf: '2026-01-15' });
    expect(s).toMatchObject({ lastPurchase: '2026-01-15', recencyDays: 0, x: 1, monetaryTotal: '3.00', ignoredAfterAsOf: 1 });
  });

  test('weeks are days / 7; the default unit is the day', () => {
    const input = [tx('a', '2026-01-01', 1), tx('a', '2026-01-11', 2)];
    const [day] = summarizeCustomers(input, { asOf: '2026-01-15' });
    const [week] = summarizeCustomers(input, { asOf: '2026-01-15', periodUnit: 'week' });
    expect([day?.tx, day?.T, day?.periodUnit]).toEqual([10, 14, 'day']);
    expect([week?.tx, week?.T, week?.periodUnit]).toEqual([10 / 7, 2, 'week']);
  });

  test('money is exact, rounded half-up at the end, at any scale', () => {
    const input = [
      tx('a', '2026-01-01', 0.1),
      tx('a', '2026-01-02', 0.2),
      tx('a', '2026-01-03', '0.005'),
      tx('a', '2026-01-03', '0.0000001'),
    ];
    const [s2] = summarizeCustomers(input, { asOf: '2026-01-03' });
    expect(s2).toMatchObject({ monetaryTotal: '0.31', averageOrderValue: '0.08', monetaryValue: '0.10' });
    const [s4] = summarizeCustomers(input, { asOf: '2026-01-03', scale: 4 });
    expect(s4).toMatchObject({ monetaryTotal: '0.3050', averageOrderValue: '0.0763', monetaryValue: '0.1025' });
    const [s0] = summarizeCustomers([tx('b', '2026-01-01', '-2.5'), tx('b', '2026-01-01', '5')], { asOf: '2026-01-01', scale: 0 });
    expect(s0).toMatchObject({ monetaryTotal: '3', refundTotal: '3', monetaryValue: '0' });
  });

  test('a negative total averages half away from zero', () => {
    const [s] = summarizeCustomers([tx('a', '2026-01-01', '0.01'), tx('a', '2026-01-01', '0.00'), tx('a', '2026-01-02', '-0.04')], {
      asOf: '2026-01-02',
    });
    // Total −0.03 over 2 purchases: −0.015 → −0.02.
    expect(s).toMatchObject({ monetaryTotal: '-0.03', averageOrderValue: '-0.02', frequency: 2 });
  });

  test('huge amounts switch to decimal arithmetic without losing a cent', () => {
    const [s] = summarizeCustomers(
      [tx('a', '2026-01-01', '999999999999999999.99'), tx('a', '2026-01-02', '999999999999999999.99'), tx('a', '2026-01-03', 0.01)],
      { asOf: '2026-01-03' },
    );
    expect(s).toMatchObject({
      monetaryTotal: '1999999999999999999.99',
      monetaryValue: '500000000000000000.00',
      averageOrderValue: '666666666666666666.66',
    });
  });

  test('amounts as numbers, strings or Decimals give the same summaries (fast and exact paths agree)', () => {
    const row = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', '__proto__'),
      date: isoDate({ fromYear: 2025, toYear: 2026 }),
      units: fc.integer({ min: -50_00, max: 500_00 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), isoDate({ fromYear: 2025, toYear: 2026 }), (rows, asOf) => {
        const text = rows.map((r) => tx(r.customerId, r.date, (r.units / 100).toFixed(2)));
        const numbers = rows.map((r) => tx(r.customerId, r.date, r.units / 100));
        const decimals = rows.map((r) => ({ ...tx(r.customerId, r.date, 0), amount: new Dec(r.units).dividedBy(100) }));
        const expected = summarizeCustomers(text, { asOf, periodUnit: 'week' });
        expect(summarizeCustomers(numbers, { asOf, periodUnit: 'week' })).toEqual(expected);
        expect(summarizeCustomers(decimals, { asOf, periodUnit: 'week' })).toEqual(expected);
      }),
    );
  });

  test('the result does not depend on the order of the transactions, and is sorted by id', () => {
    const row = fc.record({
      customerId: fc.constantFrom('b', 'a', 'c', 'constructor'),
      date: isoDate({ fromYear: 2026, toYear: 2026 }),
      amount: amountString({ minUnits: -1000, maxUnits: 100000 }),
    });
    fc.assert(
      fc.property(
        fc
          .array(row, { maxLength: 30 })
          .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          const a = summarizeCustomers(rows, { asOf: '2026-12-31' });
          expect(summarizeCustomers(shuffled, { asOf: '2026-12-31' })).toEqual(a);
          const ids = a.map((s) => s.customerId);
          expect(ids).toEqual([...ids].sort());
        },
      ),
    );
  });

  test('a customer with many transactions (sorted natively beyond two dozen) gives the same result in any order', () => {
    const row = fc.record({ date: isoDate({ fromYear: 2026, toYear: 2026 }), amount: amountString({ minUnits: -500, maxUnits: 50000 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 25, maxLength: 80 }), fc.integer({ min: 1, max: 1000 }), (rows, seed) => {
        const list = rows.map((r) => tx('big', r.date, r.amount));
        const shuffled = list
          .map((t, i) => [((i + 1) * seed * 7919) % 1009, t] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, t]) => t);
        const sorted = [...list].sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : 1));
        expect(summarizeCustomers(shuffled, { asOf: '2026-12-31' })).toEqual(summarizeCustomers(sorted, { asOf: '2026-12-31' }));
      }),
      { numRuns: 50 },
    );
  });

  test('invariants: x = purchase days − 1, tx ≤ T, frequency ≥ purchase days, mean of repeat days ≥ 0', () => {
    const row = fc.record({
      customerId: fc.constantFrom('a', 'b'),
      date: isoDate({ fromYear: 2026, toYear: 2026 }),
      amount: amountString({ minUnits: -5000, maxUnits: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        for (const s of summarizeCustomers(rows, { asOf: '2026-07-01' })) {
          expect(s.x).toBe(s.purchaseDays - 1);
          expect(s.tx).toBeLessThanOrEqual(s.T);
          expect(s.recencyDays + s.tx).toBe(s.T);
          expect(s.frequency).toBeGreaterThanOrEqual(s.purchaseDays);
          expect(Number(s.monetaryValue)).toBeGreaterThanOrEqual(0);
          expect(s.previousPurchase === null).toBe(s.x === 0);
        }
      }),
    );
  });

  test('special ids are ordinary ids', () => {
    const result = summarizeCustomers(
      SPECIAL_IDS.map((id) => tx(id, '2026-01-01', 1)),
      { asOf: '2026-01-01' },
    );
    expect(result.map((s) => s.customerId)).toEqual([...SPECIAL_IDS].sort());
    expect(Object.getPrototypeOf(result[0])).toBe(Object.prototype);
  });

  test('is pure: frozen input, JSON-safe, deterministic; empty input gives []', () => {
    expectPure(summarizeCustomers, [tx('a', '2026-01-01', '1.50'), tx('a', '2026-01-03', '-0.50'), tx('b', '2026-01-02', 3)], {
      asOf: '2026-01-05',
      periodUnit: 'week',
    });
    expect(summarizeCustomers([], { asOf: '2026-01-05' })).toEqual([]);
    expect(Object.is(summarizeCustomers([tx('a', '2026-01-01', '-0')], { asOf: '2026-01-01' })[0]?.x, 0)).toBe(true);
  });
});

describe('summarizeCustomers: bad input', () => {
  const base = [tx('a', '2026-01-01', '10.00'), tx('b', '2026-01-02', '5.00')];
  const call = (transactions: CustomerTransaction[]): unknown => summarizeCustomers(transactions, { asOf: '2026-02-01' });

  test('every field of a transaction, with the path', () => {
    expectRejectsAt(call, base, [1, 'customerId'], { values: BAD_IDS, prefix: ['transactions'] });
    expectRejectsAt(call, base, [1, 'date'], { values: BAD_DATES, prefix: ['transactions'] });
    expectRejectsAt(call, base, [1, 'amount'], { values: BAD_AMOUNTS, prefix: ['transactions'] });
    expectRejectsAt(call, base, [0], { values: [null, 3, 'x', undefined], prefix: ['transactions'] });
    expectSalesOpsError(() => call(withValueAt(base, [0, 'amount'], REMOVE)), 'INVALID_INPUT', ['transactions', 0, 'amount']);
  });

  test('rows after asOf are validated too', () => {
    expectSalesOpsError(() => call([...base, tx('c', '2027-01-01', 'abc')]), 'INVALID_INPUT', ['transactions', 2, 'amount']);
  });

  test('not an array', () => {
    for (const bad of [null, undefined, {}, 'a', 3]) expectSalesOpsError(() => call(bad as never), 'INVALID_INPUT', ['transactions']);
  });

  test('options', () => {
    const run = (options: unknown): unknown => summarizeCustomers(base, options as never);
    expectRejectsAt(run, { asOf: '2026-02-01' }, ['asOf'], { values: BAD_DATES, prefix: ['options'] });
    expectSalesOpsError(() => run({ asOf: '2026-02-01', periodUnit: 'month' }), 'INVALID_INPUT', ['options', 'periodUnit']);
    expectSalesOpsError(() => run({ asOf: '2026-02-01', scale: 21 }), 'INVALID_INPUT', ['options', 'scale']);
    expectSalesOpsError(() => run({ asOf: '2026-02-01', scale: 1.5 }), 'INVALID_INPUT', ['options', 'scale']);
    expectSalesOpsError(() => run({ asOf: '2026-02-01', periodUnits: 'week' }), 'INVALID_INPUT', ['options', 'periodUnits']);
    expectSalesOpsError(() => run(undefined), 'INVALID_INPUT', ['options']);
  });

  test('the hand-written checks and CustomerTransactionSchema reject the same values', () => {
    const good = tx('a', '2026-01-01', '1.00');
    expect(CustomerTransactionSchema.safeParse(good).success).toBe(true);
    const cases: Array<[string, readonly unknown[]]> = [
      ['customerId', BAD_IDS],
      ['date', BAD_DATES],
      ['amount', BAD_AMOUNTS],
    ];
    for (const [field, values] of cases) {
      for (const bad of values) {
        const row = withValueAt(good, [field], bad);
        expect(CustomerTransactionSchema.safeParse(row).success, `${field} ${String(bad)}`).toBe(false);
        expectSalesOpsError(() => call([row]), 'INVALID_INPUT', ['transactions', 0, field]);
        expectSameFirstIssue(() => call([good, row]), CustomerTransactionSchema, row, ['transactions', 1]);
      }
    }
    for (const row of [null, 1, 'a', [], undefined])
      expectSameFirstIssue(() => call([row as never]), CustomerTransactionSchema, row, ['transactions', 0]);
    // And accept the same unusual but valid values.
    for (const amount of ['1e3', '-0', '.5', '5.', '+2', 12.5, new Dec('0.125')]) {
      const row = { ...good, amount };
      expect(CustomerTransactionSchema.safeParse(row).success).toBe(true);
      expect(() => call([row])).not.toThrow();
    }
    for (const date of ['2024-02-29', new Date(Date.UTC(2026, 0, 1, 23, 59))]) {
      expect(CustomerTransactionSchema.safeParse({ ...good, date }).success).toBe(true);
      expect(() => call([{ ...good, date }])).not.toThrow();
    }
  });

  test('the hand-written option checks and SummarizeCustomersOptionsSchema give the same verdicts', () => {
    const options: unknown[] = [
      { asOf: '2026-01-01' },
      { asOf: '2026-01-01', periodUnit: 'week', scale: 3 },
      { asOf: '2026-01-01', periodUnit: 'day', scale: 0 },
      { asOf: '2026-01-01', periodUnit: undefined, scale: undefined },
      { asOf: new Date(Date.UTC(2026, 0, 1)) },
      ...BAD_DATES.map((asOf) => ({ asOf })),
      {},
      { asOf: '2026-01-01', extra: 1 },
      { asOf: '2026-01-01', periodUnit: 'month' },
      { asOf: '2026-01-01', periodUnit: null },
      { asOf: '2026-01-01', scale: -1 },
      { asOf: '2026-01-01', scale: 21 },
      { asOf: '2026-01-01', scale: 2.5 },
      { asOf: '2026-01-01', scale: '2' },
      null,
      undefined,
      [],
      'x',
    ];
    for (const option of options) {
      const bySchema = SummarizeCustomersOptionsSchema.safeParse(option).success;
      let byHand = true;
      try {
        summarizeCustomers(base, option as never);
      } catch (error) {
        expectSalesOpsError(() => {
          throw error;
        }, 'INVALID_INPUT');
        byHand = false;
      }
      expect(byHand, JSON.stringify(option)).toBe(bySchema);
      // Same paths and messages too, but for scale, which the core's toScale words on its own.
      const scale = (option as { scale?: unknown } | null)?.scale;
      if (!bySchema && (scale === undefined || scale === 2 || scale === 3 || scale === 0)) {
        expectSameFirstIssue(() => summarizeCustomers(base, option as never), SummarizeCustomersOptionsSchema, option, ['options']);
      }
    }
  });
});
