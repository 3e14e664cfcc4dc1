/**
 * The demo's fictional company, generated deterministically: the same seed gives the same
 * company on every run and every machine (a small seeded PRNG, no Math.random, no clock).
 *
 * Aurora Lab Supplies sells lab instruments and consumables in three regions through twelve
 * salespeople (one of them a new hire, still ramping). We have three years of monthly sales
 * history (2023–2025), the first half of 2026 as actuals, and 200 business customers who buy on
 * credit, with their invoices, payments and financial statements. For the performance review we
 * also have each salesperson's first-half activity (opportunities, wins, new logos, days to
 * close) and a 360-degree feedback survey.
 *
 * The figures that came later (activity, feedback, the customers' founding year, credit limit and
 * open orders, and the invoices that distressed customers dispute) are drawn from their own seeded
 * streams, so they did not shift the draws of the figures above.
 */

/** mulberry32: a tiny, well-mixed 32-bit PRNG (public domain), so the data is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REGIONS = ['North', 'Central', 'South'] as const;
export const PRODUCT_LINES = ['Instruments', 'Consumables'] as const;
export type Region = (typeof REGIONS)[number];
export type ProductLine = (typeof PRODUCT_LINES)[number];

/** Share of a year's sales that falls in each month (lab budgets close in Q4; summer is slow). */
export const SEASONALITY = [0.07, 0.075, 0.085, 0.08, 0.085, 0.08, 0.065, 0.06, 0.085, 0.09, 0.095, 0.13];

export interface Salesperson {
  id: string;
  name: string;
  region: Region;
  hired: string;
  /** 1 for a fully productive rep; below 1 while a new hire ramps up. */
  rampFactor: number;
  /** Relative skill, drives history and KPI actuals. */
  skill: number;
}

export interface MonthlySales {
  month: string; // 'YYYY-MM'
  salespersonId: string;
  productLine: ProductLine;
  amount: string; // decimal string, USD
}

export interface BusinessCustomer {
  id: string;
  name: string;
  region: Region;
  since: string;
  annualPurchases: string;
  externalRating: number; // 1 (best) … 10
  legalActions: number;
  bouncedPayments: number;
  financials: {
    workingCapital: string;
    retainedEarnings: string;
    ebit: string;
    bookValueOfEquity: string;
    sales: string;
    totalAssets: string;
    totalLiabilities: string;
    currentAssets: string;
    currentLiabilities: string;
  };
  /** How late this customer tends to pay, in days beyond terms (negative: early). */
  paymentHabit: number;
  /** The year the customer's business was founded. */
  founded: number;
  /** The credit limit currently granted (before this year's review). */
  creditLimit: string;
  /** Orders taken but not yet delivered or invoiced (part of the credit exposure). */
  openOrders: string;
}

/** A salesperson's pipeline activity in the first half of 2026. */
export interface SalesActivity {
  salespersonId: string;
  opportunities: number;
  won: number;
  newLogos: number;
  /** Mean days from opportunity to signed order. */
  daysToClose: number;
}

/** One answer of the 360-degree survey (1 = poor … 5 = excellent). */
export interface FeedbackRating {
  subjectId: string;
  raterId: string;
  raterGroup: 'manager' | 'peer' | 'customer' | 'self';
  competencyId: string;
  score: number;
}

export interface Invoice {
  id: string;
  customerId: string;
  invoiceDate: string;
  dueDate: string;
  amount: string;
  paid: string;
}

export interface Payment {
  customerId: string;
  invoiceId: string;
  amount: string;
  dueDate: string;
  paidDate: string;
}

export interface SampleCompany {
  name: string;
  currency: string;
  seed: number;
  salespeople: Salesperson[];
  /** 2023-01 … 2025-12, per salesperson and product line. */
  history: MonthlySales[];
  /** 2026-01 … 2026-06. */
  actuals2026: MonthlySales[];
  market: {
    /** The lab-supplies market in our three regions, 2025 and (forecast) 2026. */
    size2025: string;
    size2026: string;
    /** The industry's expected growth for 2026. */
    industryGrowth: number;
    /** The share of the market we plan to win on top of the current one. */
    plannedShareGain: number;
    /** The 2026 market potential of each region's territory. */
    regionPotential: Record<Region, string>;
    /** A comparable distributor's 2025 revenue and head count. */
    benchmarkRevenue: string;
    benchmarkHeadcount: number;
  };
  customers: BusinessCustomer[];
  invoices: Invoice[];
  payments: Payment[];
  /** January–June 2026, one row per salesperson. */
  activity: SalesActivity[];
  /** The mid-year 360 survey: competencies (with weights) and every answer. */
  feedback: { competencies: Array<{ id: string; weight: number }>; ratings: FeedbackRating[] };
}

const FIRST_NAMES = ['Ada', 'Bruno', 'Chloé', 'Dmitri', 'Esi', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lars'];
const LAST_NAMES = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Ivanov',
  'Mensah',
  'Haddad',
  'Schulz',
  'Tanaka',
  'Ferreira',
  'Berg',
  'Adeyemi',
  'Nilsen',
];
const COMPANY_WORDS = ['Helix', 'Quantum', 'Vertex', 'Nova', 'Apex', 'Cobalt', 'Meridian', 'Summit', 'Polaris', 'Zenith'];
const COMPANY_KINDS = ['Labs', 'Biotech', 'Diagnostics', 'Research', 'Analytics', 'Pharma', 'Clinic', 'Institute'];

function money(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Builds the sample company from a seed (default 2026). */
export function sampleCompany(seed = 2026): SampleCompany {
  const random = seededRandom(seed);
  const between = (lo: number, hi: number): number => lo + (hi - lo) * random();
  const normalish = (): number => random() + random() + random() - 1.5; // mean 0, sd 0.5

  const salespeople: Salesperson[] = Array.from({ length: 12 }, (_, i) => {
    const isNewHire = i === 11;
    return {
      id: `rep-${pad(i + 1)}`,
      name: `${FIRST_NAMES[i]} ${LAST_NAMES[i]}`,
      region: REGIONS[i % 3] as Region,
      hired: isNewHire ? '2026-01-05' : `20${pad(12 + Math.floor(between(0, 10)))}-${pad(1 + Math.floor(between(0, 12)))}-01`,
      rampFactor: isNewHire ? 0.5 : 1,
      skill: isNewHire ? 0.6 : Number(between(0.75, 1.3).toFixed(2)),
    };
  });

  // Monthly sales: a base per rep, 8 % yearly growth with noise, the seasonality profile, and a
  // 60/40 split between instruments and consumables that drifts by region.
  const history: MonthlySales[] = [];
  const actuals2026: MonthlySales[] = [];
  for (const rep of salespeople) {
    const base = 1_150_000 * rep.skill;
    const instrumentsShare = rep.region === 'North' ? 0.65 : rep.region === 'Central' ? 0.58 : 0.52;
    for (let year = 2023; year <= 2026; year += 1) {
      const yearly = base * 1.08 ** (year - 2023) * (1 + 0.05 * normalish());
      for (let month = 1; month <= 12; month += 1) {
        if (year === 2026 && month > 6) break;
        // The new hire joined in January 2026; before that the territory was served by others.
        if (rep.rampFactor < 1 && year < 2026) continue;
        const ramp = rep.rampFactor < 1 ? Math.min(1, 0.3 + 0.1 * month) : 1;
        const monthly = yearly * (SEASONALITY[month - 1] as number) * ramp * (1 + 0.08 * normalish());
        for (const line of PRODUCT_LINES) {
          const share = line === 'Instruments' ? instrumentsShare : 1 - instrumentsShare;
          const row = { month: `${year}-${pad(month)}`, salespersonId: rep.id, productLine: line, amount: money(monthly * share) };
          (year === 2026 ? actuals2026 : history).push(row);
        }
      }
    }
  }

  const customers: BusinessCustomer[] = [];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  for (let i = 0; i < 200; i += 1) {
    const id = `cust-${String(i + 1).padStart(3, '0')}`;
    // A long-tailed customer base: a few large accounts, many small ones.
    const size = Math.exp(between(Math.log(20_000), Math.log(2_500_000)));
    const health = random(); // 0 = fragile … 1 = strong
    const totalAssets = size * between(1.5, 4);
    const totalLiabilities = totalAssets * (0.85 - 0.55 * health + 0.1 * normalish());
    const equity = totalAssets - totalLiabilities;
    const currentLiabilities = totalLiabilities * between(0.3, 0.6);
    const currentAssets = currentLiabilities * (0.7 + 1.6 * health + 0.2 * normalish());
    const annualPurchases = size * between(0.04, 0.12);
    const paymentHabit = Math.round(45 * (1 - health) ** 2 - 8 + 6 * normalish());
    customers.push({
      id,
      name: `${COMPANY_WORDS[i % COMPANY_WORDS.length]} ${COMPANY_KINDS[Math.floor(i / COMPANY_WORDS.length) % COMPANY_KINDS.length]} ${Math.floor(i / 80) + 1}`,
      region: REGIONS[i % 3] as Region,
      since: `20${pad(8 + Math.floor(between(0, 18)))}-${pad(1 + Math.floor(between(0, 12)))}-15`,
      annualPurchases: money(annualPurchases),
      externalRating: Math.max(1, Math.min(10, Math.round(9 - 7 * health + normalish()))),
      legalActions: health < 0.12 ? 1 + Math.floor(between(0, 2)) : 0,
      bouncedPayments: health < 0.25 ? Math.floor(between(0, 4)) : 0,
      financials: {
        workingCapital: money(currentAssets - currentLiabilities),
        retainedEarnings: money(equity * (0.2 + 0.6 * health) - totalAssets * 0.05),
        ebit: money(size * (0.12 * health - 0.02 + 0.02 * normalish())),
        bookValueOfEquity: money(equity),
        sales: money(size),
        totalAssets: money(totalAssets),
        totalLiabilities: money(totalLiabilities),
        currentAssets: money(currentAssets),
        currentLiabilities: money(currentLiabilities),
      },
      paymentHabit,
      // Filled in below from their own stream.
      founded: 0,
      creditLimit: '0.00',
      openOrders: '0.00',
    });

    // Invoices over the 12 months before 2026-06-30, net 30; older ones mostly paid.
    const count = 4 + Math.floor(between(0, 9));
    for (let k = 0; k < count; k += 1) {
      const invoiceDate = addDays('2025-07-01', Math.floor((365 * (k + random())) / count));
      const dueDate = addDays(invoiceDate, 30);
      const amount = (annualPurchases / count) * between(0.6, 1.4);
      const lateness = Math.round(paymentHabit + 10 * normalish());
      const paidDate = addDays(dueDate, lateness);
      const paidInFull = paidDate <= '2026-06-30';
      const partly = !paidInFull && random() < 0.2;
      const paid = paidInFull ? amount : partly ? amount * between(0.2, 0.6) : 0;
      const invoiceId = `inv-${String(invoices.length + 1).padStart(5, '0')}`;
      invoices.push({ id: invoiceId, customerId: id, invoiceDate, dueDate, amount: money(amount), paid: money(paid) });
      if (paidInFull) payments.push({ customerId: id, invoiceId, amount: money(amount), dueDate, paidDate });
    }
  }

  // Later additions, each from its own stream so the figures above stay as they were.
  const extra = seededRandom(seed + 1);
  const disputed = new Set<string>();
  for (const customer of customers) {
    const sinceYear = Number(customer.since.slice(0, 4));
    customer.founded = sinceYear - Math.floor(extra() * 30);
    // Last year's limit: about two months of purchases, in thousands, at least 1,000.
    customer.creditLimit = money(Math.max(1000, Math.round((Number(customer.annualPurchases) * (0.12 + 0.1 * extra())) / 1000) * 1000));
    customer.openOrders = money(extra() < 0.6 ? (Number(customer.annualPurchases) / 12) * (0.1 + 0.4 * extra()) : 0);
    // About half the customers in distress (a lawsuit, or bounced payments) dispute the invoices
    // that fell due from December to April and that they would have paid late: still unpaid.
    if ((customer.legalActions > 0 || customer.bouncedPayments >= 2) && extra() < 0.5) disputed.add(customer.id);
  }
  const lateOn = new Map(payments.map((p) => [p.invoiceId, p.paidDate > p.dueDate]));
  const isDisputed = (inv: Invoice): boolean =>
    disputed.has(inv.customerId) && inv.dueDate >= '2025-12-01' && inv.dueDate <= '2026-04-30' && lateOn.get(inv.id) === true;
  for (const inv of invoices) if (isDisputed(inv)) inv.paid = '0.00';
  const invoiceById = new Map(invoices.map((inv) => [inv.id, inv]));
  const stillPaid = payments.filter((p) => !isDisputed(invoiceById.get(p.invoiceId) as Invoice));
  payments.length = 0;
  payments.push(...stillPaid);

  return {
    name: 'Aurora Lab Supplies',
    currency: 'USD',
    seed,
    salespeople,
    history,
    actuals2026,
    market: {
      size2025: '400000000.00',
      size2026: '420000000.00',
      industryGrowth: 0.05,
      plannedShareGain: 0.002,
      regionPotential: { North: '150000000.00', Central: '160000000.00', South: '110000000.00' },
      benchmarkRevenue: '31500000.00',
      benchmarkHeadcount: 25,
    },
    customers,
    invoices,
    payments,
    activity: salesActivity(salespeople, seededRandom(seed + 2)),
    feedback: feedbackSurvey(salespeople, customers, seededRandom(seed + 3)),
  };
}

/** First-half pipeline figures: better salespeople win more often and close faster. */
function salesActivity(salespeople: Salesperson[], random: () => number): SalesActivity[] {
  const normalish = (): number => random() + random() + random() - 1.5;
  return salespeople.map((rep) => {
    const opportunities = Math.round(34 * rep.rampFactor ** 0.5 + 8 * normalish() + 8);
    const winRate = Math.min(0.6, Math.max(0.08, 0.1 + 0.17 * rep.skill + 0.05 * normalish()));
    return {
      salespersonId: rep.id,
      opportunities,
      won: Math.round(opportunities * winRate),
      newLogos: Math.max(0, Math.round(5 * rep.skill * rep.rampFactor + 1.5 + 2 * normalish())),
      daysToClose: Math.round(88 - 35 * rep.skill + 10 * normalish()),
    };
  });
}

/**
 * The 360 survey: each salesperson is rated by the regional manager, the three colleagues of the
 * region, three customers of the region (only two for the new hire, who has met few) and
 * themself, on four competencies. Raters differ in leniency; self ratings run a little high.
 */
function feedbackSurvey(salespeople: Salesperson[], customers: BusinessCustomer[], random: () => number): SampleCompany['feedback'] {
  const competencies = [
    { id: 'negotiation', weight: 3 },
    { id: 'productKnowledge', weight: 2 },
    { id: 'forecasting', weight: 2 },
    { id: 'collaboration', weight: 1 },
  ];
  const normalish = (): number => random() + random() + random() - 1.5;
  const leniency = new Map<string, number>();
  const lenient = (raterId: string): number => {
    if (!leniency.has(raterId)) leniency.set(raterId, 0.5 * normalish());
    return leniency.get(raterId) as number;
  };
  const ratings: FeedbackRating[] = [];
  for (const rep of salespeople) {
    const raters: Array<[string, FeedbackRating['raterGroup']]> = [[`mgr-${rep.region.toLowerCase()}`, 'manager']];
    for (const peer of salespeople) if (peer.region === rep.region && peer.id !== rep.id) raters.push([peer.id, 'peer']);
    const regional = customers.filter((c) => c.region === rep.region);
    const customerRaters = rep.rampFactor < 1 ? 2 : 3;
    const first = Math.floor(random() * (regional.length - customerRaters));
    for (const c of regional.slice(first, first + customerRaters)) raters.push([c.id, 'customer']);
    raters.push([rep.id, 'self']);
    for (const [raterId, raterGroup] of raters) {
      for (const competency of competencies) {
        const bias = raterGroup === 'self' ? 0.3 : lenient(raterId);
        const score = 1.3 + 2.6 * rep.skill + bias + 0.6 * normalish();
        ratings.push({
          subjectId: rep.id,
          raterId,
          raterGroup,
          competencyId: competency.id,
          score: Math.min(5, Math.max(1, Math.round(score))),
        });
      }
    }
  }
  return { competencies, ratings };
}
