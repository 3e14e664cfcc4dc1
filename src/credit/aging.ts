/**
 * Accounts-receivable aging: what each customer owes, split into "not yet due" and buckets of days
 * past due, in exact amounts that add up to the open total.
 *
 * The rules, ERPNext's (accounts_receivable.py, `set_ageing`/`get_ageing_data`) except for "due
 * today": the age of an item is `asOf − dueDate` in days (or `asOf − invoiceDate` with
 * `basis: 'invoiceDate'`); an age of 0 or less is not due; otherwise the item goes in the first
 * bucket whose upper bound it does not exceed (30 days in `'1-30'`, 31 in `'31-60'`), and past the
 * last bound in the open-ended bucket (`'120+'`). ERPNext puts an item due today in its first
 * range (0–30); the contract puts it in `notDue`, as it is not yet late.
 *
 * Credit notes and overpayments (negative open amounts) are applied, because an AR controller
 * chases what the customer owes net: a credit note that names an invoice (`appliesTo`) reduces
 * that invoice first; every other credit reduces the customer's **oldest** open items first (the
 * way a remittance without references is allocated), so a customer is not chased for old
 * invoices its credits already cover. Credit left over when nothing is open stays on the
 * customer's `credits` line. With `creditNotes: 'separate'`, unreferenced credits all sit on the
 * `credits` line and the buckets stay gross. Either way `notDue + buckets + credits = open`.
 *
 * Amounts are rounded half-up to `scale` per invoice, then summed in integer minor units, so
 * every total is exact. Invoices dated after `asOf` did not exist then and are left out (counted
 * in `postDated`).
 */
import * as z from 'zod/mini';
import {
  type DateInput,
  DateInputSchema,
  type DecimalInput,
  DecimalInputSchema,
  fail,
  formatDay,
  formatUnits,
  type IssuePath,
  invalid,
  isObject,
  isSafeUnits,
  oneOf,
  optional,
  readId,
  readStrict,
  readString,
  scaleSchema,
  toDay,
  toDecimal,
  toScale,
  toUnits,
  unitsAt,
} from '../core/index.js';

/** An invoice (or a credit note, with a negative amount) of a customer. */
export interface ReceivableInvoice {
  /** The invoice's id, unique among the invoices. */
  id: string;
  /** The customer billed. */
  customerId: string;
  /** The date of the invoice. */
  invoiceDate: DateInput;
  /** The date payment is due (not before the invoice date). */
  dueDate: DateInput;
  /** The amount invoiced; negative for a credit note. */
  amount: DecimalInput;
  /** What has been paid of it by `asOf` (same sign as `amount`; more than the amount is an overpayment, a credit). */
  paid?: DecimalInput | undefined;
  /** For a credit note: the id of the invoice of the same customer it credits (applied to it first). */
  appliesTo?: string | undefined;
}

/** Options of {@link ageReceivables}. */
export interface AgeReceivablesOptions {
  /** The date the aging is taken on. */
  asOf: DateInput;
  /** Upper bounds of the buckets in days past due, ascending; default `[30, 60, 90, 120]`. */
  buckets?: number[] | undefined;
  /** Bucket labels (one more than the bounds); default `'1-30'`, `'31-60'`, `'61-90'`, `'91-120'`, `'120+'`. */
  labels?: string[] | undefined;
  /** Age from the due date (default) or from the invoice date. */
  basis?: 'dueDate' | 'invoiceDate' | undefined;
  /** Apply unreferenced credits to the oldest open items (default) or keep them on their own line. */
  creditNotes?: 'oldestFirst' | 'separate' | undefined;
  /** Decimals of the amounts; default 2. */
  scale?: number | undefined;
}

/** One bucket of an aging. */
export interface AgingBucket {
  /** The label, e.g. `'31-60'`. */
  label: string;
  /** Fewest days past due in the bucket. */
  from: number;
  /** Most days past due in the bucket, `null` for the last, open-ended one. */
  to: number | null;
  /** The open amount in the bucket. */
  amount: string;
}

/** The aging of one customer or of all. */
export interface Aging {
  /** Everything still open: `notDue` + the buckets + `credits`. */
  open: string;
  /** Open items not yet due (due today or later). */
  notDue: string;
  /** Open items past due: the sum of the buckets (what `checkCreditExposure` calls overdue). */
  overdue: string;
  /** Open items past due, by days past due. */
  buckets: AgingBucket[];
  /** Credits not applied to any item (zero or negative). */
  credits: string;
  /** Days since the basis date of the oldest item still open (negative when not yet due), or `null`. */
  oldestDays: number | null;
}

/** The aging of one customer. */
export interface CustomerAging extends Aging {
  /** The customer. */
  customerId: string;
}

/** The result of {@link ageReceivables}. */
export interface ReceivablesAging {
  /** The date of the aging. */
  asOf: string;
  /** The date items were aged from. */
  basis: 'dueDate' | 'invoiceDate';
  /** All customers together. */
  total: Aging;
  /** One aging per customer, by customer id. */
  byCustomer: CustomerAging[];
  /** How many invoices were left out for being dated after `asOf`. */
  postDated: number;
}

/**
 * The schema of one invoice of {@link ageReceivables} (which checks the rows by hand, for speed,
 * and rejects exactly what this rejects).
 *
 * @example
 * ```ts
 * import { ReceivableInvoiceSchema } from 'salesops-kit/credit';
 *
 * const invoice = { id: 'INV-1', customerId: 'acme', invoiceDate: '2026-01-05', dueDate: '2026-02-04', amount: '1200.00' };
 * ReceivableInvoiceSchema.safeParse(invoice).success //=> true
 * ReceivableInvoiceSchema.safeParse({ ...invoice, dueDate: '2026-01-01' }).success //=> false
 * ```
 */
export const ReceivableInvoiceSchema: z.ZodMiniType<ReceivableInvoice> = /* @__PURE__ */ (() =>
  z
    .looseObject({
      id: z.string().check(z.minLength(1, 'must not be empty')),
      customerId: z.string().check(z.minLength(1, 'must not be empty')),
      invoiceDate: DateInputSchema,
      dueDate: DateInputSchema,
      amount: DecimalInputSchema,
      paid: z.optional(DecimalInputSchema),
      appliesTo: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
    })
    .check(
      z.superRefine((inv, ctx) => {
        const problem = crossFieldProblem(inv);
        if (problem !== undefined)
          ctx.issues.push({ code: 'custom', message: problem[1], path: [problem[0]], input: (inv as Record<string, unknown>)[problem[0]] });
      }),
    ))() as never;

/**
 * The schema of the options of {@link ageReceivables}.
 *
 * @example
 * ```ts
 * import { AgeReceivablesOptionsSchema } from 'salesops-kit/credit';
 *
 * AgeReceivablesOptionsSchema.safeParse({ asOf: '2026-03-31', buckets: [30, 60] }).success //=> true
 * AgeReceivablesOptionsSchema.safeParse({ asOf: '2026-03-31', buckets: [60, 30] }).success //=> false
 * ```
 */
export const AgeReceivablesOptionsSchema: z.ZodMiniType<AgeReceivablesOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: DateInputSchema,
    buckets: z.optional(
      z.array(z.number().check(z.refine((n: number) => Number.isInteger(n) && n >= 1, 'must be a whole number of days, 1 or more'))).check(
        z.minLength(1, 'must have at least one bound'),
        z.refine((b: number[]) => b.every((v, i) => i === 0 || v > (b[i - 1] as number)), 'must be strictly increasing'),
      ),
    ),
    labels: z.optional(z.array(z.string())),
    basis: z.optional(z.enum(['dueDate', 'invoiceDate'])),
    creditNotes: z.optional(z.enum(['oldestFirst', 'separate'])),
    scale: z.optional(scaleSchema()),
  }))() as never;

/** The one cross-field rule an invoice can break, as `[field, problem]` (for the schema; the fast reader checks the same). */
function crossFieldProblem(inv: ReceivableInvoice): [string, string] | undefined {
  if (toDay(inv.dueDate, []) < toDay(inv.invoiceDate, [])) return ['dueDate', 'must not be before invoiceDate'];
  if (inv.paid !== undefined && signOf(inv.amount) * signOf(inv.paid) < 0) return ['paid', 'must have the same sign as amount'];
  if (inv.appliesTo !== undefined && !(signOf(inv.amount) < 0)) return ['appliesTo', 'is only for a credit note (a negative amount)'];
  return undefined;
}

/** The sign of a valid amount, exactly: -1, 0 or 1. */
function signOf(value: DecimalInput): number {
  if (typeof value === 'number') return Math.sign(value);
  if (typeof value === 'string') return /[1-9]/.test(value.replace(/[eE].*$/, '')) ? (value.charCodeAt(0) === 45 ? -1 : 1) : 0;
  return value.isZero() ? 0 : value.s;
}

/**
 * An amount in integer minor units of 10^-scale, rounded half-up: a `number` while that is exact
 * (below 2^52), else a `bigint`. The common cases — a plain number, a plain decimal string of at
 * most 15 digits and no more decimals than `scale` — are read by the core's `unitsAt` without
 * decimal.js (this runs once or twice per invoice); anything else (more decimals, to be rounded;
 * more digits; an exponent; a `Decimal`; a bad value, to be rejected) takes the exact path.
 */
function minorUnits(value: unknown, scale: number, path: IssuePath): number | bigint {
  const units = unitsAt(value, scale);
  if (!Number.isNaN(units)) return units;
  const exact = toUnits(toDecimal(value, path), scale);
  const n = Number(exact);
  return isSafeUnits(n) ? n : exact;
}

/**
 * Ages accounts receivable as of a date: per customer and in total, the open amount split into
 * not yet due and buckets of days past due, in exact decimal strings that add up to the open total.
 *
 * The rules (see the module notes and the guide): an item due today or later is not due; 30
 * days past due is in `'1-30'`, 31 in `'31-60'`; partial payments are netted (`amount − paid`);
 * credit notes apply to the invoice they name, then to the customer's oldest open items.
 *
 * @param invoices - the invoices and credit notes (see {@link ReceivableInvoice})
 * @param options - `{ asOf, buckets?, labels?, basis?, creditNotes?, scale? }`
 * @returns `{ asOf, basis, total, byCustomer, postDated }`, customers ordered by id
 * @throws {@link SalesOpsError} INVALID_INPUT when an invoice has a bad id, date or amount, is
 *   due before it was issued, has a payment of the opposite sign, or names an invoice of another
 *   customer; or when an option is invalid
 * @throws {@link SalesOpsError} DUPLICATE_ID when two invoices share an id
 * @throws {@link SalesOpsError} UNKNOWN_PARENT when a credit note applies to an invoice that is not in the list
 *
 * @example
 * ```ts
 * import { ageReceivables } from 'salesops-kit/credit';
 *
 * const aging = ageReceivables(
 *   [
 *     { id: 'A1', customerId: 'acme', invoiceDate: '2026-01-10', dueDate: '2026-02-09', amount: '1000.00', paid: '400.00' },
 *     { id: 'A2', customerId: 'acme', invoiceDate: '2026-03-01', dueDate: '2026-03-31', amount: '250.00' },
 *     { id: 'A3', customerId: 'acme', invoiceDate: '2026-03-20', dueDate: '2026-03-20', amount: '-100.00' },
 *   ],
 *   { asOf: '2026-03-31', buckets: [30, 60] },
 * );
 * aging.total.open //=> '750.00'
 * aging.total.notDue //=> '250.00'
 * aging.total.buckets.map((b) => [b.label, b.amount]) //=> [['1-30', '0.00'], ['31-60', '500.00'], ['60+', '0.00']]
 * ```
 */
export function ageReceivables(invoices: ReceivableInvoice[], options: AgeReceivablesOptions): ReceivablesAging {
  // Options are read by hand (AgeReceivablesOptionsSchema rejects the same values): aging must
  // not pull zod's object machinery into a bundle.
  const opts = readStrict(options, ['options'], ['asOf', 'buckets', 'labels', 'basis', 'creditNotes', 'scale']);
  const bounds = optional(opts.buckets, (v) => {
    if (!Array.isArray(v) || v.length === 0) invalid(['options', 'buckets'], 'must be a non-empty array of days', v);
    return v.map((b, k) => {
      const at = ['options', 'buckets', k];
      if (typeof b !== 'number' || !Number.isInteger(b) || b < 1) invalid(at, 'must be a whole number of days, 1 or more', b);
      if (k > 0 && !(b > (v[k - 1] as number))) invalid(['options', 'buckets'], 'must be strictly increasing', v);
      return b;
    });
  }) ?? [30, 60, 90, 120];
  const nb = bounds.length;
  const labels =
    optional(opts.labels, (v) =>
      Array.isArray(v)
        ? v.map((l, k) => readString(l, ['options', 'labels', k]))
        : invalid(['options', 'labels'], 'must be an array of strings', v),
    ) ?? bounds.map((b, k) => `${k === 0 ? 1 : (bounds[k - 1] as number) + 1}-${b}`).concat(`${bounds[nb - 1] as number}+`);
  if (labels.length !== nb + 1) invalid(['options', 'labels'], `must have ${nb + 1} labels, one per bucket`, labels);
  const scale = toScale(opts.scale, ['options', 'scale'], 2);
  const basis = oneOf(opts.basis, ['dueDate', 'invoiceDate'], ['options', 'basis']);
  const separate = oneOf(opts.creditNotes, ['oldestFirst', 'separate'], ['options', 'creditNotes']) === 'separate';
  const asOf = toDay(opts.asOf, ['options', 'asOf']);
  if (!Array.isArray(invoices)) invalid(['invoices'], 'must be an array of invoices', invoices);

  // Pass 1: read and check every row; keep what the aging needs in typed arrays.
  const n = invoices.length;
  const cust = new Int32Array(n);
  const age = new Int32Array(n);
  const issued = new Int32Array(n);
  const open: Array<number | bigint> = new Array(n);
  const customerIndex = new Map<string, number>();
  const customerIds: string[] = [];
  const rowOfId = new Map<string, number>();
  const applies: Array<[row: number, target: string]> = [];
  const hasCredit: boolean[] = [];
  let big = false;
  let magnitude = 0;
  let postDated = 0;
  for (let i = 0; i < n; i += 1) {
    const inv = invoices[i];
    if (!isObject(inv)) invalid(['invoices', i], 'must be an invoice object', inv);
    const id = readId(inv.id, ['invoices', i, 'id']);
    if (rowOfId.has(id)) fail('DUPLICATE_ID', ['invoices', i, 'id'], `is also the id of invoices[${rowOfId.get(id) as number}]`, id);
    rowOfId.set(id, i);
    const customerId = readId(inv.customerId, ['invoices', i, 'customerId']);
    const invoiceDay = toDay(inv.invoiceDate, ['invoices', i, 'invoiceDate']);
    const dueDay = toDay(inv.dueDate, ['invoices', i, 'dueDate']);
    if (dueDay < invoiceDay) invalid(['invoices', i, 'dueDate'], 'must not be before invoiceDate', inv.dueDate);
    const amount = minorUnits(inv.amount, scale, ['invoices', i, 'amount']);
    let units = amount;
    if (inv.paid !== undefined) {
      const paid = minorUnits(inv.paid, scale, ['invoices', i, 'paid']);
      if (signOf(inv.amount as DecimalInput) * signOf(inv.paid as DecimalInput) < 0)
        invalid(['invoices', i, 'paid'], 'must have the same sign as amount', inv.paid);
      units = typeof amount === 'number' && typeof paid === 'number' ? amount - paid : BigInt(amount) - BigInt(paid);
    }
    if (inv.appliesTo !== undefined) {
      const target = readId(inv.appliesTo, ['invoices', i, 'appliesTo']);
      if (!(signOf(inv.amount as DecimalInput) < 0))
        invalid(['invoices', i, 'appliesTo'], 'is only for a credit note (a negative amount)', target);
      applies.push([i, target]);
    }
    if (invoiceDay > asOf) {
      cust[i] = -1;
      postDated += 1;
      continue;
    }
    let c = customerIndex.get(customerId);
    if (c === undefined) {
      c = customerIds.length;
      customerIndex.set(customerId, c);
      customerIds.push(customerId);
      hasCredit.push(false);
    }
    cust[i] = c;
    age[i] = asOf - (basis === 'dueDate' ? dueDay : invoiceDay);
    issued[i] = invoiceDay;
    if (typeof units === 'bigint') big = true;
    else if (units !== 0) magnitude += units < 0 ? -units : units;
    open[i] = units;
    if (units < 0) hasCredit[c] = true;
  }
  for (const [row, target] of applies) {
    const t = rowOfId.get(target);
    if (t === undefined) fail('UNKNOWN_PARENT', ['invoices', row, 'appliesTo'], 'names no invoice in the list', target);
    const inv = invoices[row] as ReceivableInvoice;
    if ((invoices[t] as ReceivableInvoice).customerId !== inv.customerId) {
      invalid(
        ['invoices', row, 'appliesTo'],
        `names an invoice of another customer (${JSON.stringify((invoices[t] as ReceivableInvoice).customerId)})`,
        target,
      );
    }
  }
  // Sums stay exact in doubles while the magnitudes add up to less than 2^52; beyond, use bigint.
  if (big || !isSafeUnits(magnitude)) {
    big = true;
    for (let i = 0; i < n; i += 1) if (cust[i] !== -1) open[i] = BigInt(open[i] as number | bigint);
  }
  const zero = (big ? 0n : 0) as number;
  const width = nb + 3; // notDue, the nb + 1 buckets, credits
  const nc = customerIds.length;
  const sums: number[] = new Array<number>(nc * width).fill(zero);
  const oldest = new Float64Array(nc).fill(Number.NaN);
  const bucketOf = (a: number): number => {
    if (a <= 0) return 0;
    let k = 0;
    while (k < nb && a > (bounds[k] as number)) k += 1;
    return k + 1;
  };
  const book = (c: number, a: number, units: number): void => {
    const at = c * width + bucketOf(a);
    sums[at] = (sums[at] as number) + units;
    if (!((oldest[c] as number) >= a)) oldest[c] = a;
  };

  // Pass 2: customers without credits book their items directly.
  const creditRows: number[][] = [];
  for (let i = 0; i < n; i += 1) {
    const c = cust[i] as number;
    if (c < 0) continue;
    if (hasCredit[c]) (creditRows[c] ??= []).push(i);
    else if ((open[i] as number) > 0) book(c, age[i] as number, open[i] as number);
  }

  // Customers with credits: credits first reduce the invoice they name, then the oldest items.
  const targetOf = new Map<number, number>();
  for (const [row, target] of applies) targetOf.set(row, rowOfId.get(target) as number);
  const left = open.slice() as number[];
  creditRows.forEach((rows, c) => {
    const debits: number[] = [];
    for (const i of rows) if ((open[i] as number) > 0) debits.push(i);
    let pool = zero;
    for (const i of rows) {
      if ((open[i] as number) >= 0) continue;
      let credit = zero - (open[i] as number);
      const t = targetOf.get(i);
      if (t !== undefined && cust[t] === c && (left[t] as number) > 0) {
        const due = left[t] as number;
        const take = credit < due ? credit : due;
        left[t] = due - take;
        credit -= take;
      }
      pool += credit;
    }
    if (!separate && pool > 0) {
      debits.sort((a, b) => (age[b] as number) - (age[a] as number) || (issued[a] as number) - (issued[b] as number) || a - b);
      for (const i of debits) {
        const due = left[i] as number;
        const take = pool < due ? pool : due;
        left[i] = due - take;
        pool -= take;
        if (!(pool > 0)) break;
      }
    }
    for (const i of debits) if ((left[i] as number) > 0) book(c, age[i] as number, left[i] as number);
    sums[c * width + nb + 2] = zero - pool;
  });

  const buckets = (at: number, values: number[]): AgingBucket[] =>
    labels.slice(0, nb + 1).map((label, k) => ({
      label,
      from: k === 0 ? 1 : (bounds[k - 1] as number) + 1,
      to: k < nb ? (bounds[k] as number) : null,
      amount: formatUnits(values[at + k + 1] as number, scale),
    }));
  const aging = (at: number, values: number[], oldestDays: number): Aging => {
    let total = zero;
    for (let k = 0; k < width; k += 1) total += values[at + k] as number;
    let overdue = zero;
    for (let k = 1; k <= nb + 1; k += 1) overdue += values[at + k] as number;
    return {
      open: formatUnits(total, scale),
      notDue: formatUnits(values[at] as number, scale),
      overdue: formatUnits(overdue, scale),
      buckets: buckets(at, values),
      credits: formatUnits(values[at + nb + 2] as number, scale),
      oldestDays: Number.isNaN(oldestDays) ? null : oldestDays,
    };
  };
  const totals: number[] = new Array<number>(width).fill(zero);
  let oldestAll = Number.NaN;
  const order = customerIds.map((_, c) => c).sort((a, b) => ((customerIds[a] as string) < (customerIds[b] as string) ? -1 : 1));
  const byCustomer = order.map((c): CustomerAging => {
    for (let k = 0; k < width; k += 1) totals[k] = (totals[k] as number) + (sums[c * width + k] as number);
    const o = oldest[c] as number;
    if (!Number.isNaN(o) && !(oldestAll >= o)) oldestAll = o;
    return { customerId: customerIds[c] as string, ...aging(c * width, sums, oldest[c] as number) };
  });
  return { asOf: formatDay(asOf), basis, total: aging(0, totals, oldestAll), byCustomer, postDated };
}
