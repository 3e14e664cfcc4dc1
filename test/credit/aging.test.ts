import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Decimal } from 'decimal.js';
import { ageReceivables, AgeReceivablesOptionsSchema, type ReceivableInvoice, ReceivableInvoiceSchema } from 'salesops-kit/credit';
import { amountString, isoDate } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_DATES, BAD_IDS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const inv = (id: string, dueDate: string, amount: string, extra: Partial<ReceivableInvoice> = {}): ReceivableInvoice => ({
  id,
  customerId: 'acme',
  invoiceDate: '2026-01-01',
  dueDate,
  amount,
  ...extra,
});
const amounts = (aging: { notDue: string; buckets: Array<{ amount: string }>; credits: string }): string[] => [
  aging.notDue,
  ...aging.buckets.map((b) => b.amount),
  aging.credits,
];

describe("ERPNext's bucket rules", () => {
  // Reference: ERPNext, erpnext/accounts/report/accounts_receivable/accounts_receivable.py
  // (frappe/erpnext), ReceivablePayableReport.set_ageing and get_ageing_data: the age is
  // report date − due date; an item whose due date is after the report date is in no bucket
  // ("ageing buckets should not have amounts if due date is not reached"); otherwise the first
  // range with age <= range (30, 60, 90, 120), else the last ("120-Above").
  // One deliberate difference, from the contract: ERPNext puts age 0 (due today) in its first
  // range 0–30; here it is not yet due.
  const asOf = '2026-05-31';
  test.each([
    ['2026-06-10', 'not yet due', 0],
    ['2026-05-31', 'due today', 0],
    ['2026-05-30', '1 day past due', 1],
    ['2026-05-01', '30 days past due', 1],
    ['2026-04-30', '31 days past due', 2],
    ['2026-04-01', '60 days past due', 2],
    ['2026-03-31', '61 days past due', 3],
    ['2026-03-02', '90 days past due', 3],
    ['2026-03-01', '91 days past due', 4],
    ['2026-01-31', '120 days past due', 4],
    ['2026-01-30', '121 days past due', 5],
  ])('due %s (%s) → column %i', (dueDate, _, column) => {
    const aging = ageReceivables([inv('X', dueDate, '100.00', { invoiceDate: '2026-01-01' })], { asOf });
    const expected = ['0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00'];
    expected[column] = '100.00';
    expect(amounts(aging.total)).toEqual(expected);
    expect(aging.total.buckets.map((b) => b.label)).toEqual(['1-30', '31-60', '61-90', '91-120', '120+']);
    expect(aging.total.buckets.map((b) => [b.from, b.to])).toEqual([
      [1, 30],
      [31, 60],
      [61, 90],
      [91, 120],
      [121, null],
    ]);
  });
});

describe('ageReceivables', () => {
  test('partial payments are netted; basis invoiceDate ages from the invoice date', () => {
    const invoices = [
      inv('A', '2026-02-15', '1000.00', { invoiceDate: '2026-01-16', paid: '250.50' }),
      inv('B', '2026-04-15', '300.00', { invoiceDate: '2026-03-16' }),
    ];
    const byDue = ageReceivables(invoices, { asOf: '2026-03-31' });
    expect(byDue.total.open).toBe('1049.50');
    expect(amounts(byDue.total)).toEqual(['300.00', '0.00', '749.50', '0.00', '0.00', '0.00', '0.00']);
    expect(byDue.total.oldestDays).toBe(44);
    const byInvoice = ageReceivables(invoices, { asOf: '2026-03-31', basis: 'invoiceDate' });
    expect(byInvoice.basis).toBe('invoiceDate');
    expect(amounts(byInvoice.total)).toEqual(['0.00', '300.00', '0.00', '749.50', '0.00', '0.00', '0.00']);
  });

  test('a credit note that names an invoice reduces it first, then the oldest items', () => {
    const invoices = [
      inv('OLD', '2026-01-31', '500.00'),
      inv('MID', '2026-03-15', '400.00'),
      inv('NEW', '2026-04-30', '200.00'),
      inv('CN1', '2026-03-20', '-300.00', { appliesTo: 'NEW' }),
    ];
    const aging = ageReceivables(invoices, { asOf: '2026-03-31' });
    // 200 of the credit clears NEW; the other 100 goes to the oldest item, OLD.
    expect(aging.total.open).toBe('800.00');
    expect(amounts(aging.total)).toEqual(['0.00', '400.00', '400.00', '0.00', '0.00', '0.00', '0.00']);
    expect(aging.total.oldestDays).toBe(59);
  });

  test('unreferenced credits and overpayments go to the oldest items; leftovers stay on the credits line', () => {
    const invoices = [
      inv('OLD', '2026-01-31', '500.00'),
      inv('NEW', '2026-03-15', '400.00'),
      inv('OVER', '2026-02-15', '100.00', { paid: '150.00' }),
      inv('CN', '2026-03-01', '-600.00'),
    ];
    const aging = ageReceivables(invoices, { asOf: '2026-03-31' });
    expect(aging.total.open).toBe('250.00');
    expect(amounts(aging.total)).toEqual(['0.00', '250.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
    const over = ageReceivables([inv('I', '2026-03-15', '100.00'), inv('CN', '2026-03-01', '-130.00')], { asOf: '2026-03-31' });
    expect(over.total).toMatchObject({ open: '-30.00', credits: '-30.00', oldestDays: null });
    expect(
      amounts(over.total)
        .slice(0, -1)
        .every((a) => a === '0.00'),
    ).toBe(true);
  });

  test("creditNotes: 'separate' keeps unreferenced credits on their own line (gross buckets)", () => {
    const invoices = [
      inv('OLD', '2026-01-31', '500.00'),
      inv('CN', '2026-03-01', '-100.00'),
      inv('CN2', '2026-03-01', '-50.00', { appliesTo: 'OLD' }),
    ];
    const aging = ageReceivables(invoices, { asOf: '2026-03-31', creditNotes: 'separate' });
    expect(aging.total.open).toBe('350.00');
    expect(amounts(aging.total)).toEqual(['0.00', '0.00', '450.00', '0.00', '0.00', '0.00', '-100.00']);
  });

  test('invoices dated after asOf are left out and counted', () => {
    const aging = ageReceivables([inv('A', '2026-02-01', '10.00'), inv('B', '2026-05-01', '20.00', { invoiceDate: '2026-04-02' })], {
      asOf: '2026-04-01',
    });
    expect(aging.postDated).toBe(1);
    expect(aging.total.open).toBe('10.00');
  });

  test('customers in id order, special ids included; totals are the sum of customers', () => {
    const invoices = SPECIAL_IDS.map((customerId, i) => inv(`I${i}`, '2026-02-01', `${i + 1}.25`, { customerId }));
    const aging = ageReceivables(invoices, { asOf: '2026-03-01' });
    expect(aging.byCustomer.map((c) => c.customerId)).toEqual([...SPECIAL_IDS].sort());
    expect(aging.total.open).toBe('22.50');
    expect(JSON.parse(JSON.stringify(aging))).toEqual(aging);
    const ids = ageReceivables(
      SPECIAL_IDS.map((id) => inv(id, '2026-02-01', '1.00')),
      { asOf: '2026-03-01' },
    );
    expect(ids.total.open).toBe('6.00');
  });

  test('custom buckets, labels and scale; amounts rounded half-up per invoice', () => {
    const aging = ageReceivables([inv('A', '2026-02-20', '10.005'), inv('B', '2026-01-01', 7 as never)], {
      asOf: '2026-03-01',
      buckets: [7, 14],
      labels: ['week 1', 'week 2', 'later'],
      scale: 2,
    });
    expect(aging.total.buckets.map((b) => [b.label, b.amount])).toEqual([
      ['week 1', '0.00'],
      ['week 2', '10.01'],
      ['later', '7.00'],
    ]);
    expect(ageReceivables([inv('A', '2026-02-20', '10.5')], { asOf: '2026-03-01', scale: 0 }).total.open).toBe('11');
  });

  test('amounts beyond 2^53 minor units stay exact (bigint path)', () => {
    const big = '90000000000000.07';
    const aging = ageReceivables(
      [inv('A', '2026-01-01', big), inv('B', '2026-01-01', big, { customerId: 'b' }), inv('C', '2026-03-30', new Decimal('0.01') as never)],
      { asOf: '2026-03-31' },
    );
    expect(aging.total.open).toBe('180000000000000.15');
    expect(aging.total.buckets[2]?.amount).toBe('180000000000000.14');
  });

  test('every form of an amount is read exactly and rounded half-up per invoice, on the fast path and the exact one', () => {
    // Plain numbers and plain decimals of at most 15 digits and `scale` decimals take the core's
    // unitsAt; everything else (more decimals, more digits, a sign +, an exponent, a Decimal)
    // takes toDecimal. Both must give the same units.
    const open = (amount: unknown, scale = 2): string =>
      ageReceivables([inv('A', '2026-02-01', amount as string)], { asOf: '2026-03-01', scale }).total.open;
    const cases: Array<[unknown, number, string]> = [
      [7, 2, '7.00'],
      [-0, 2, '0.00'],
      ['-0', 2, '0.00'],
      ['-0.00', 2, '0.00'],
      ['+5', 2, '5.00'],
      ['5.', 2, '5.00'],
      ['.5', 2, '0.50'],
      ['1e3', 2, '1000.00'],
      ['1.5E-1', 2, '0.15'],
      ['0.005', 2, '0.01'],
      ['-0.005', 2, '-0.01'],
      ['-0.004', 2, '0.00'],
      ['0.0049999', 2, '0.00'],
      [0.1 + 0.2, 2, '0.30'],
      [1e-7, 2, '0.00'],
      [10.005, 2, '10.01'],
      [-10.005, 2, '-10.01'],
      ['00012.345', 2, '12.35'],
      ['123456789012345.67', 2, '123456789012345.67'],
      ['999999999999999', 2, '999999999999999.00'],
      [new Decimal('2.675'), 2, '2.68'],
      ['2.5', 0, '3'],
      ['-2.5', 0, '-3'],
      [2.5, 0, '3'],
      ['1.5', 20, '1.50000000000000000000'],
      [0.1, 16, '0.1000000000000000'],
      [123456789.123, 4, '123456789.1230'],
    ];
    for (const [amount, scale, expected] of cases) expect(open(amount, scale), `${String(amount)} at scale ${scale}`).toBe(expected);
  });

  test('sums switch to bigint before they stop being exact in doubles (2^52 minor units)', () => {
    const at = (amounts: string[]): string =>
      ageReceivables(
        amounts.map((amount, i) => inv(`A${i}`, '2026-02-01', amount)),
        { asOf: '2026-03-01' },
      ).total.open;
    // 2^51 units each: the sum is 2^52 units, where doubles start to skip odd numbers.
    expect(at(['22517998136852.48', '22517998136852.48', '0.01'])).toBe('45035996273704.97');
    // One amount of 2^52 + 1 units, then a cent more.
    expect(at(['45035996273704.97', '0.01'])).toBe('45035996273704.98');
    expect(at(['45035996273704.97', '-0.01'])).toBe('45035996273704.96');
    // Past 2^53 units.
    expect(at(['90071992547409.93', '0.01', '0.01'])).toBe('90071992547409.95');
  });

  test('property: the open total is the sum of the amounts and payments, each rounded half-up to scale', () => {
    const decimalText = fc
      .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }))
      .map(([units, decimals]) => new Decimal(units).dividedBy(10 ** decimals).toFixed(decimals));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decimalText, fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (rows, scale) => {
          const invoices = rows.map(([amount, asNumber], i) => inv(`I${i}`, '2026-02-01', (asNumber ? Number(amount) : amount) as string));
          const expected = rows.reduce(
            (sum, [amount]) => sum.plus(new Decimal(amount).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP)),
            new Decimal(0),
          );
          expect(ageReceivables(invoices, { asOf: '2026-03-01', scale }).total.open).toBe(expected.toFixed(scale));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('property: notDue + buckets + credits = open, per customer and in total, and order does not matter', () => {
    const invoice = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', '__proto__'),
      invoiceDate: isoDate({ fromYear: 2025, toYear: 2026 }),
      dueIn: fc.integer({ min: 0, max: 90 }),
      amount: fc.oneof(amountString({ minUnits: 0, maxUnits: 100_000_00 }), amountString({ minUnits: -50_000_00, maxUnits: 0 })),
      paidShare: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      applies: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(invoice, { maxLength: 40 }),
        isoDate({ fromYear: 2025, toYear: 2026 }),
        fc.constantFrom('oldestFirst' as const, 'separate' as const),
        fc.boolean(),
        (rows, asOf, creditNotes, reverse) => {
          const invoices: ReceivableInvoice[] = rows.map((r, i) => {
            const due = new Date(Date.parse(r.invoiceDate) + r.dueIn * 86_400_000).toISOString().slice(0, 10);
            const amount = new Decimal(r.amount);
            const paid = r.paidShare === undefined ? undefined : amount.times(r.paidShare).dividedBy(100).toFixed(2);
            const target = rows.findIndex((o, k) => k !== i && o.customerId === r.customerId);
            return {
              id: `I${i}`,
              customerId: r.customerId,
              invoiceDate: r.invoiceDate,
              dueDate: due,
              amount: r.amount,
              ...(paid === undefined ? {} : { paid }),
              ...(r.applies && amount.isNegative() && !amount.isZero() && target >= 0 ? { appliesTo: `I${target}` } : {}),
            };
          });
          const aging = ageReceivables(reverse ? [...invoices].reverse() : invoices, { asOf, creditNotes });
          const sum = (xs: string[]): string => xs.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2);
          let expectedOpen = new Decimal(0);
          for (const i of invoices)
            if (i.invoiceDate <= asOf) expectedOpen = expectedOpen.plus(i.amount as string).minus((i.paid as string | undefined) ?? 0);
          expect(aging.total.open).toBe(expectedOpen.toFixed(2));
          for (const a of [aging.total, ...aging.byCustomer]) {
            expect(sum(amounts(a))).toBe(a.open);
            expect(sum(a.buckets.map((b) => b.amount))).toBe(a.overdue);
          }
          expect(sum(aging.byCustomer.map((c) => c.open))).toBe(aging.total.open);
          for (let k = 0; k < 7; k += 1) expect(sum(aging.byCustomer.map((c) => amounts(c)[k] as string))).toBe(amounts(aging.total)[k]);
          for (const c of aging.byCustomer) {
            expect(new Decimal(c.credits).lte(0)).toBe(true);
            if (creditNotes === 'oldestFirst' && new Decimal(c.credits).lt(0))
              expect(
                amounts(c)
                  .slice(0, -1)
                  .every((x) => x === '0.00'),
              ).toBe(true);
          }
          if (!reverse) expect(ageReceivables([...invoices].reverse(), { asOf, creditNotes })).toEqual(aging);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('purity', () => {
    expectPure(ageReceivables, [inv('A', '2026-01-01', '10.00', { paid: 2 }), inv('C', '2026-01-01', '-1.00', { appliesTo: 'A' })], {
      asOf: '2026-02-01',
      buckets: [15],
    });
  });
});

describe('bad input: the hand checks and the schemas reject the same values', () => {
  const base = [inv('A', '2026-02-01', '10.00', { paid: '1.00' })];
  const options = { asOf: '2026-03-01' };
  const run = (invoices: ReceivableInvoice[]): unknown => ageReceivables(invoices, options);
  const schemaRejects = (row: unknown): boolean => !ReceivableInvoiceSchema.safeParse(row).success;

  test.each([
    ['id', BAD_IDS],
    ['customerId', BAD_IDS],
    ['invoiceDate', BAD_DATES],
    ['dueDate', BAD_DATES],
    ['amount', BAD_AMOUNTS],
    ['paid', BAD_AMOUNTS.filter((v) => v !== undefined)],
  ] as const)('%s', (field, values) => {
    expectRejectsAt(run, base, [0, field], { values, prefix: ['invoices'] });
    for (const bad of values) expect(schemaRejects({ ...base[0], [field]: bad }), `${field} = ${String(bad)}`).toBe(true);
  });

  test.each([
    ['a due date before the invoice date', { dueDate: '2025-12-31' }, 'dueDate'],
    ['a payment of the opposite sign', { paid: '-1.00' }, 'paid'],
    ['a payment on a credit note of the opposite sign', { amount: '-5.00', paid: '1.00' }, 'paid'],
    ['appliesTo on an invoice', { appliesTo: 'A' }, 'appliesTo'],
    ['an empty appliesTo', { amount: '-5', paid: '-1', appliesTo: '' }, 'appliesTo'],
  ] as const)('rejects %s', (_, change, field) => {
    const row = { ...base[0], ...change } as ReceivableInvoice;
    expectSalesOpsError(() => run([row]), 'INVALID_INPUT', ['invoices', 0, field]);
    expect(schemaRejects(row)).toBe(true);
  });

  test('good rows pass the schema', () => {
    for (const row of [
      base[0],
      { ...base[0], amount: '-3', paid: '-1', appliesTo: 'Z' },
      { ...base[0], paid: 0 },
      { ...base[0], amount: 0, paid: 5 },
    ]) {
      expect(ReceivableInvoiceSchema.safeParse(row).success).toBe(true);
    }
  });

  test('rows that are not objects, invoices that are not an array', () => {
    expectSalesOpsError(() => run([null as never]), 'INVALID_INPUT', ['invoices', 0]);
    expectSalesOpsError(() => ageReceivables('x' as never, options), 'INVALID_INPUT', ['invoices']);
  });

  test('DUPLICATE_ID: two invoices with one id', () => {
    expectSalesOpsError(
      () => run([base[0] as ReceivableInvoice, { ...(base[0] as ReceivableInvoice), customerId: 'other' }]),
      'DUPLICATE_ID',
      ['invoices', 1, 'id'],
    );
  });

  test('UNKNOWN_PARENT: a credit note naming no invoice; INVALID_INPUT: naming another customer', () => {
    expectSalesOpsError(() => run([...base, inv('CN', '2026-02-01', '-1', { appliesTo: 'NOPE' })]), 'UNKNOWN_PARENT', [
      'invoices',
      1,
      'appliesTo',
    ]);
    expectSalesOpsError(() => run([...base, inv('CN', '2026-02-01', '-1', { appliesTo: 'A', customerId: 'zeta' })]), 'INVALID_INPUT', [
      'invoices',
      1,
      'appliesTo',
    ]);
  });

  test.each([
    [{ asOf: '2026-02-30' }, ['options', 'asOf']],
    [{}, ['options', 'asOf']],
    [{ ...options, buckets: [60, 30] }, ['options', 'buckets']],
    [{ ...options, buckets: [] }, ['options', 'buckets']],
    [{ ...options, buckets: [0, 30] }, ['options', 'buckets', 0]],
    [{ ...options, buckets: [30.5] }, ['options', 'buckets', 0]],
    [{ ...options, labels: ['a', 'b'] }, ['options', 'labels']],
    [{ ...options, basis: 'postingDate' }, ['options', 'basis']],
    [{ ...options, creditNotes: 'fifo' }, ['options', 'creditNotes']],
    [{ ...options, scale: 21 }, ['options', 'scale']],
    [{ ...options, bucket: [30] }, ['options', 'bucket']],
    [null, ['options']],
  ] as const)('options %j', (bad, path) => {
    expectSalesOpsError(() => ageReceivables(base, bad as never), 'INVALID_INPUT', [...path]);
    // The labels count is checked against the buckets, after the schema's shape checks.
    if (!(bad !== null && 'labels' in bad)) expect(AgeReceivablesOptionsSchema.safeParse(bad).success).toBe(false);
  });
});
