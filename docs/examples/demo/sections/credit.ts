/**
 * Handbook steps 9–10 — risk management: grade the 200 business customers' credit from profiles
 * derived from their payments, receivables and financial statements; set their limits and terms;
 * age the receivables; check three incoming orders against the customers' exposure; and read six
 * month-end snapshots per customer for early warnings.
 */
import {
  ageReceivables,
  altmanZScore,
  checkCreditExposure,
  creditWarnings,
  daysBeyondTerms,
  gradeCredit,
  paydexScore,
  recommendCreditTerms,
  type CreditProfile,
  type CreditSnapshot,
  type CustomerAging,
  type ReceivableInvoice,
} from 'salesops-kit/credit';
import { subtractAmounts, sumAmounts } from '../money.js';
import type { SectionResult, SectionView } from '../model.js';
import type { BusinessCustomer, Invoice, SampleCompany } from '../sample-company.js';
import { percent, thousands } from '../text-table.js';

export const CREDIT_AS_OF = '2026-06-30';
const SNAPSHOT_DATES = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30'];
const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];
/** From safest (green) to riskiest (red). */
const GRADE_COLORS = ['#15803d', '#16a34a', '#4ade80', '#a3e635', '#facc15', '#f59e0b', '#ea580c', '#dc2626', '#991b1b'];
/** The sample's external rating (1 best … 10) on an agency's letter scale. */
const AGENCY_RATINGS = ['AAA', 'AA', 'A', 'BBB', 'BB+', 'BB-', 'B+', 'B-', 'CCC', 'CC'];

export interface CreditFigures {
  asOf: string;
  customers: number;
  grades: Array<{ grade: string; customers: number; creditLimit: string; paymentTermsDays: number }>;
  riskiest: Array<{ id: string; name: string; grade: string; score: number; pd: number; reasons: string[] }>;
  aging: { open: string; notDue: string; credits: string; buckets: Array<{ label: string; amount: string }> };
  /** Every customer orders two weeks of purchases: how many orders each decision gets. */
  decisions: Array<{ decision: 'approve' | 'review' | 'block'; orders: number }>;
  /** How many of those orders each reason code was raised on. */
  orderReasons: Array<{ code: string; orders: number }>;
  /** The largest customer of each decision. */
  orders: Array<{
    customerId: string;
    name: string;
    grade: string;
    orderAmount: string;
    decision: string;
    reasons: string[];
    exposureAfter: string;
    limit: string;
  }>;
  warnings: { total: number; customers: number; byCode: Array<{ code: string; severity: string; count: number }> };
}

interface Derived {
  customer: BusinessCustomer;
  profile: CreditProfile;
  aging: CustomerAging | undefined;
}

/** The invoices as they stood on a day: issued by then, and paid as far as paid by then. */
function invoicesAsOf(invoices: Invoice[], paidOn: Map<string, string>, day: string): ReceivableInvoice[] {
  return invoices
    .filter((inv) => inv.invoiceDate <= day)
    .map((inv) => {
      const fullPayment = paidOn.get(inv.id);
      // Partial payments carry no date in the sample: count them from the due date (and at the
      // reporting date, as recorded).
      const paid =
        fullPayment !== undefined && fullPayment <= day
          ? inv.amount
          : day >= CREDIT_AS_OF || (inv.paid !== '0.00' && inv.dueDate <= day)
            ? inv.paid
            : '0.00';
      return { id: inv.id, customerId: inv.customerId, invoiceDate: inv.invoiceDate, dueDate: inv.dueDate, amount: inv.amount, paid };
    });
}

export function creditSection(company: SampleCompany): SectionResult<CreditFigures> & { receivablesView: SectionView } {
  const paidOn = new Map(company.payments.map((p) => [p.invoiceId, p.paidDate]));
  const paymentsOf = new Map<string, SampleCompany['payments']>();
  for (const p of company.payments) paymentsOf.set(p.customerId, [...(paymentsOf.get(p.customerId) ?? []), p]);
  const altmanZone = new Map(company.customers.map((c) => [c.id, altmanZScore({ ...c.financials }, { variant: 'private' }).zone]));

  // One profile per customer and day, from what was known that day.
  const profileOn = (c: BusinessCustomer, day: string, aging: CustomerAging | undefined): CreditProfile => {
    const yearAgo = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    const payments = (paymentsOf.get(c.id) ?? []).filter((p) => p.paidDate <= day && p.paidDate > yearAgo);
    const behaviour = payments.length > 0 ? daysBeyondTerms(payments) : null;
    const open = Number(aging?.open ?? 0);
    const overdue = open - Number(aging?.notDue ?? 0);
    const f = c.financials;
    const equity = Number(f.bookValueOfEquity);
    return {
      avgDaysBeyondTerms: behaviour?.average ?? null,
      worstDaysBeyondTerms: behaviour?.worst ?? null,
      // daysBeyondTerms can return an onTimeShare a hair above 1 (1.0000000000000002 when every
      // payment is on time: the numerator is summed naively, the denominator with compensation),
      // which gradeCredit then refuses; clamp until the library fixes it.
      onTimeShare: behaviour ? Math.min(1, behaviour.onTimeShare) : null,
      paydex: payments.length > 0 ? paydexScore(payments).score : null,
      utilisation: Math.round((Math.max(0, open) / Number(c.creditLimit)) * 1000) / 1000,
      overdueShare: open > 0 ? Math.round((overdue / open) * 1000) / 1000 : 0,
      altmanZone: altmanZone.get(c.id) ?? null,
      currentRatio: Math.round((Number(f.currentAssets) / Number(f.currentLiabilities)) * 100) / 100,
      debtToEquity: equity > 0 ? Math.round((Number(f.totalLiabilities) / equity) * 100) / 100 : 99,
      yearsInBusiness: Number(day.slice(0, 4)) - c.founded,
      tenureYears: Math.round(((Date.parse(day) - Date.parse(c.since)) / 86_400_000 / 365.25) * 10) / 10,
      annualPurchases: c.annualPurchases,
      externalRating: AGENCY_RATINGS[c.externalRating - 1] ?? null,
      legalActions: c.legalActions,
      bouncedPayments: c.bouncedPayments,
    };
  };

  // Today's view.
  const aging = ageReceivables(invoicesAsOf(company.invoices, paidOn, CREDIT_AS_OF), { asOf: CREDIT_AS_OF });
  const agingOf = new Map(aging.byCustomer.map((a) => [a.customerId, a]));
  const derived: Derived[] = company.customers.map((customer) => {
    const a = agingOf.get(customer.id);
    return { customer, profile: profileOn(customer, CREDIT_AS_OF, a), aging: a };
  });
  const graded = derived.map((d) => ({ ...d, grade: gradeCredit(d.profile) }));
  const terms = graded.map((g) =>
    recommendCreditTerms(g.grade.grade, {
      expectedAnnualPurchases: g.customer.annualPurchases,
      equity: g.customer.financials.bookValueOfEquity,
      roundTo: 100,
      asOf: CREDIT_AS_OF,
    }),
  );

  const grades = GRADES.map((grade) => {
    const idx = graded.map((g, i) => (g.grade.grade === grade ? i : -1)).filter((i) => i >= 0);
    return {
      grade,
      customers: idx.length,
      currentLimit: sumAmounts(idx.map((i) => graded[i]?.customer.creditLimit ?? '0.00')),
      creditLimit: sumAmounts(idx.map((i) => terms[i]?.creditLimit ?? '0.00')),
      paymentTermsDays: recommendCreditTerms(grade, { expectedAnnualPurchases: 0 }).paymentTermsDays,
      purchases: sumAmounts(idx.map((i) => graded[i]?.customer.annualPurchases ?? '0.00')),
    };
  });
  const riskiest = [...graded]
    .sort((a, b) => a.grade.score - b.grade.score || (a.customer.id < b.customer.id ? -1 : 1))
    .slice(0, 5)
    .map((g) => ({
      id: g.customer.id,
      name: g.customer.name,
      grade: g.grade.grade,
      score: g.grade.score,
      pd: g.grade.pd,
      reasons: g.grade.reasons.map((r) => r.code),
    }));

  // The order desk: every customer places an order worth two weeks of its purchases today; the
  // check adds it to the open orders and receivables and compares with the new limit.
  const checks = graded.map((g, i) => {
    const a = g.aging;
    const orderAmount = (Math.max(1, Math.floor(Number(g.customer.annualPurchases) / 26 / 100)) * 100).toFixed(2);
    const check = checkCreditExposure({
      limit: terms[i]?.creditLimit ?? '0.00',
      openReceivables: a?.open ?? '0.00',
      openOrders: g.customer.openOrders,
      orderAmount,
      overdue: { amount: a ? subtractAmounts(a.open, a.notDue) : '0.00', oldestDays: Math.max(0, a?.oldestDays ?? 0) },
      grade: g.grade.grade,
      policy: { minGrade: 'CCC' },
    });
    return {
      customerId: g.customer.id,
      name: g.customer.name,
      purchases: Number(g.customer.annualPurchases),
      grade: g.grade.grade,
      orderAmount,
      decision: check.decision,
      reasons: check.reasons.map((r) => r.code),
      exposureAfter: check.exposureAfter,
      limit: check.limit,
    };
  });
  const decisions = (['approve', 'review', 'block'] as const).map((decision) => ({
    decision,
    orders: checks.filter((c) => c.decision === decision).length,
  }));
  const reasonCodes = [...new Set(checks.flatMap((c) => c.reasons))].sort();
  const orderReasons = reasonCodes.map((code) => ({ code, orders: checks.filter((c) => c.reasons.includes(code)).length }));
  // One example of each decision: the largest customer that got it.
  const orders = decisions
    .map(({ decision }) => checks.filter((c) => c.decision === decision).sort((a, b) => b.purchases - a.purchases)[0])
    .filter((c): c is (typeof checks)[number] => c !== undefined)
    .map(({ purchases: _, ...order }) => order);

  // Early warnings from six month-end snapshots per customer.
  const snapshots = new Map<string, CreditSnapshot[]>();
  for (const day of SNAPSHOT_DATES) {
    const agingThen = day === CREDIT_AS_OF ? aging : ageReceivables(invoicesAsOf(company.invoices, paidOn, day), { asOf: day });
    const agingThenOf = new Map(agingThen.byCustomer.map((a) => [a.customerId, a]));
    for (const customer of company.customers) {
      const a = agingThenOf.get(customer.id);
      const profile = profileOn(customer, day, a);
      const snapshot: CreditSnapshot = {
        date: day,
        grade: gradeCredit(profile).grade,
        utilisation: profile.utilisation ?? 0,
        overdueDays: Math.max(0, a?.oldestDays ?? 0),
        ...(typeof profile.avgDaysBeyondTerms === 'number' ? { daysBeyondTerms: profile.avgDaysBeyondTerms } : {}),
        ...(typeof profile.paydex === 'number' ? { paydex: profile.paydex } : {}),
      };
      snapshots.set(customer.id, [...(snapshots.get(customer.id) ?? []), snapshot]);
    }
  }
  const warnings = company.customers.flatMap((c) => creditWarnings(snapshots.get(c.id) ?? []).map((w) => ({ customer: c, warning: w })));
  const codes = [...new Set(warnings.map((w) => w.warning.code))].sort();
  const byCode = codes.map((code) => ({
    code,
    severity: warnings.find((w) => w.warning.code === code)?.warning.severity ?? '',
    count: warnings.filter((w) => w.warning.code === code).length,
  }));
  const severityRank = { high: 0, medium: 1, low: 2 };
  const gradeOf = new Map(graded.map((g) => [g.customer.id, g.grade.grade]));
  const topWarnings = [...warnings]
    .sort(
      (a, b) =>
        severityRank[a.warning.severity] - severityRank[b.warning.severity] ||
        (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0),
    )
    .slice(0, 5);

  const figures: CreditFigures = {
    asOf: CREDIT_AS_OF,
    customers: company.customers.length,
    grades: grades.map(({ grade, customers, creditLimit, paymentTermsDays }) => ({ grade, customers, creditLimit, paymentTermsDays })),
    riskiest,
    aging: {
      open: aging.total.open,
      notDue: aging.total.notDue,
      credits: aging.total.credits,
      buckets: aging.total.buckets.map((b) => ({ label: b.label, amount: b.amount })),
    },
    decisions,
    orderReasons,
    orders,
    warnings: { total: warnings.length, customers: new Set(warnings.map((w) => w.customer.id)).size, byCode },
  };

  const view: SectionView = {
    id: 'credit',
    step: '9 · Risk management',
    title: 'Grade the business customers’ credit, set limits and terms',
    functions: ['daysBeyondTerms', 'paydexScore', 'altmanZScore', 'ageReceivables', 'gradeCredit', 'recommendCreditTerms'],
    blocks: [
      {
        kind: 'note',
        text:
          `Each profile is derived from the customer's last 12 months of payments (days beyond terms, PAYDEX), its receivables ` +
          `(utilisation of the current limit, overdue share), its balance sheet (Altman Z′ zone for private firms, current ratio, ` +
          `debt to equity), the relationship and an agency rating.`,
      },
      {
        kind: 'table',
        table: {
          caption: `${company.customers.length} customers by grade, with the limits and terms the grade calls for`,
          head: ['Grade', 'Customers', 'Purchases / yr', 'Current limits', 'New limits', 'Terms (days)'],
          rows: grades.map((g) => [
            g.grade,
            String(g.customers),
            thousands(g.purchases),
            thousands(g.currentLimit),
            thousands(g.creditLimit),
            String(g.paymentTermsDays),
          ]),
          total: [
            'All',
            String(grades.reduce((t, g) => t + g.customers, 0)),
            thousands(sumAmounts(grades.map((g) => g.purchases))),
            thousands(sumAmounts(grades.map((g) => g.currentLimit))),
            thousands(sumAmounts(grades.map((g) => g.creditLimit))),
            '',
          ],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'bar',
          spec: {
            id: 'credit-grades',
            title: 'Credit grade distribution (200 business customers)',
            labels: grades.map((g) => g.grade),
            values: grades.map((g) => g.customers),
            colors: GRADE_COLORS,
          },
        },
      },
      {
        kind: 'table',
        table: {
          caption: 'The five weakest profiles, with the reasons that cost them most points',
          head: ['Customer', 'Grade', 'Score', 'PD', 'Reasons'],
          rows: riskiest.map((r) => [r.name, r.grade, String(r.score), percent(r.pd), r.reasons.slice(0, 3).join(', ')]),
          right: [2, 3],
        },
      },
    ],
  };

  const receivablesView: SectionView = {
    id: 'receivables',
    step: '10 · Risk management',
    title: 'Age the receivables, check orders, list the warnings',
    functions: ['ageReceivables', 'checkCreditExposure', 'creditWarnings'],
    blocks: [
      {
        kind: 'table',
        table: {
          caption: `Open receivables as of ${CREDIT_AS_OF} by days past due (${thousands(company.invoices.length, 0)} invoices, net 30)`,
          head: ['Days past due', 'Amount', 'Share'],
          rows: [
            ['not yet due', thousands(aging.total.notDue), percent(Number(aging.total.notDue) / Number(aging.total.open))],
            ...aging.total.buckets.map((b) => [b.label, thousands(b.amount), percent(Number(b.amount) / Number(aging.total.open))]),
            ...(aging.total.credits === '0.00' ? [] : [['unapplied credits', thousands(aging.total.credits), '']]),
          ],
          total: ['Open', thousands(aging.total.open), '100.0%'],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'bar',
          spec: {
            id: 'aging-buckets',
            title: 'Receivables aging (days past due)',
            labels: ['not due', ...aging.total.buckets.map((b) => b.label)],
            values: [Number(aging.total.notDue), ...aging.total.buckets.map((b) => Number(b.amount))],
            colors: ['#2563eb', '#facc15', '#f59e0b', '#ea580c', '#dc2626', '#991b1b'],
          },
        },
      },
      {
        kind: 'table',
        table: {
          caption:
            `Order check: every customer orders two weeks of its purchases; exposure = open orders + receivables + the order, ` +
            `against the new limit (as of ${CREDIT_AS_OF}). Decisions: ${decisions.map((d) => `${d.decision} ${d.orders}`).join(', ')}; ` +
            `reasons raised: ${orderReasons.map((r) => `${r.code} ${r.orders}`).join(', ')}. The largest customer of each decision:`,
          head: ['Customer', 'Grade', 'Order', 'Exposure after', 'New limit', 'Decision', 'Reasons'],
          rows: orders.map((o) => [
            o.name,
            o.grade,
            thousands(o.orderAmount),
            thousands(o.exposureAfter),
            thousands(o.limit),
            o.decision,
            o.reasons.join(', ') || '—',
          ]),
          right: [2, 3, 4],
        },
      },
      {
        kind: 'table',
        table: {
          caption: `Early warnings from month-end snapshots, January–June: ${warnings.length} on ${figures.warnings.customers} customers`,
          head: ['Warning', 'Severity', 'Count'],
          rows: byCode.map((w) => [w.code, w.severity, String(w.count)]),
          total: ['All', '', String(warnings.length)],
        },
      },
      {
        kind: 'table',
        table: {
          caption: 'The first five, most severe first',
          head: ['Customer', 'Grade', 'Warning'],
          rows: topWarnings.map((w) => [w.customer.name, gradeOf.get(w.customer.id) ?? '', w.warning.message]),
          right: [],
        },
      },
    ],
  };
  return { figures, view, receivablesView };
}
