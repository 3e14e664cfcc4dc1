/**
 * Handbook step 3 — target decomposition: the company number over regions and people (history
 * and potential, 10 % padding, the new hire's ramp), each region over the two product lines, and
 * every quota over the months of 2026 with the seasonality of the last three years.
 */
import { allocate, decomposeMatrix, decomposeQuota, phaseQuota } from 'salesops-kit/quota';
import { sumAmounts } from '../money.js';
import type { SectionResult, SectionView } from '../model.js';
import { PRODUCT_LINES, REGIONS, type Region, type SampleCompany } from '../sample-company.js';
import { percent, thousands } from '../text-table.js';

export interface RegionQuota {
  id: Region;
  sales2025: string;
  potential: string;
  basisWeight: number;
  quota: string;
  /** What the region hands down to its people: quota × (1 + padding), exactly. */
  handedDown: string;
}

export interface RepQuota {
  id: string;
  name: string;
  region: Region;
  /** The capacity basis: 2025 sales, or a full territory's for the new hire. */
  capacity: string;
  rampFactor: number;
  share: number;
  quota: string;
}

export interface PhasedMonth {
  period: string;
  start: string;
  end: string;
  amount: string;
  share: number;
}

export interface QuotaFigures {
  target: string;
  overAssignment: number;
  regions: RegionQuota[];
  reps: RepQuota[];
  products: {
    lines: string[];
    /** Each product line's share of the target, by its 2025 sales. */
    lineTargets: string[];
    /** Rows: regions (in REGIONS order); columns: product lines. */
    matrix: string[][];
  };
  phasing: {
    /** Seasonality weight per calendar month (share of 2023–2025 sales). */
    profile: number[];
    company: PhasedMonth[];
    /** Each salesperson's months, from their start date in 2026. */
    reps: Array<{ id: string; start: string; months: PhasedMonth[] }>;
  };
}

const PADDING = 0.1;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthName(period: string): string {
  return MONTH_NAMES[Number(period.slice(5, 7)) - 1] ?? period;
}

export function quotaSection(company: SampleCompany, target: string): SectionResult<QuotaFigures> & { phasingView: SectionView } {
  const rep2025 = new Map<string, string[]>();
  const regionLine2025 = new Map<string, string[]>();
  const monthly = Array.from({ length: 12 }, () => [] as string[]);
  const regionOf = new Map(company.salespeople.map((p) => [p.id, p.region]));
  for (const row of company.history) {
    monthly[Number(row.month.slice(5, 7)) - 1]?.push(row.amount);
    if (!row.month.startsWith('2025')) continue;
    rep2025.set(row.salespersonId, [...(rep2025.get(row.salespersonId) ?? []), row.amount]);
    const key = `${regionOf.get(row.salespersonId)}/${row.productLine}`;
    regionLine2025.set(key, [...(regionLine2025.get(key) ?? []), row.amount]);
  }
  const sales = (amounts: string[] | undefined): string => sumAmounts(amounts ?? []);
  const regionSales = (region: Region): string => sumAmounts(PRODUCT_LINES.map((line) => sales(regionLine2025.get(`${region}/${line}`))));
  const tenured = company.salespeople.filter((p) => p.rampFactor === 1);
  // The new hire takes over an open territory: the capacity is a full territory's (the mean of the
  // tenured people's 2025 sales); the ramp factor then scales it down.
  const fullTerritory = (Number(sumAmounts(tenured.map((p) => sales(rep2025.get(p.id))))) / tenured.length).toFixed(2);

  const plan = decomposeQuota({
    total: target,
    basis: { history: 0.6, potential: 0.4 },
    levels: [{ depth: 2, basis: 'capacity', overAssignment: PADDING }],
    nodes: [
      { id: 'Aurora' },
      ...REGIONS.map((region) => ({
        id: region,
        parentId: 'Aurora',
        history: regionSales(region),
        potential: company.market.regionPotential[region],
      })),
      ...company.salespeople.map((p) => ({
        id: p.id,
        parentId: p.region,
        capacity: p.rampFactor < 1 ? fullTerritory : sales(rep2025.get(p.id)),
        rampFactor: p.rampFactor,
      })),
    ],
  });
  const node = new Map(plan.nodes.map((n) => [n.id, n]));
  const regions: RegionQuota[] = REGIONS.map((region) => {
    const n = node.get(region);
    return {
      id: region,
      sales2025: regionSales(region),
      potential: company.market.regionPotential[region],
      basisWeight: n?.basisWeight ?? 0,
      quota: n?.quota ?? '0.00',
      handedDown: n?.handedDown ?? '0.00',
    };
  });
  const reps: RepQuota[] = REGIONS.flatMap((region) =>
    company.salespeople
      .filter((p) => p.region === region)
      .map((p) => ({
        id: p.id,
        name: p.name,
        region,
        capacity: p.rampFactor < 1 ? fullTerritory : sales(rep2025.get(p.id)),
        rampFactor: p.rampFactor,
        share: node.get(p.id)?.share ?? 0,
        quota: node.get(p.id)?.quota ?? '0.00',
      })),
  );

  // Product lines: their targets by the 2025 mix, then a region × line table whose rows add up to
  // the regions' quotas and whose columns add up to the lines' targets.
  const lineSales = PRODUCT_LINES.map((line) => sumAmounts(REGIONS.map((region) => sales(regionLine2025.get(`${region}/${line}`)))));
  const lineTargets = allocate(target, lineSales.map(Number));
  const table = decomposeMatrix(
    REGIONS.map((region) => PRODUCT_LINES.map((line) => Number(sales(regionLine2025.get(`${region}/${line}`))))),
    regions.map((r) => r.quota),
    lineTargets,
    { rowIds: [...REGIONS], columnIds: [...PRODUCT_LINES] },
  );

  // Seasonality: each calendar month's share of the 2023–2025 sales.
  const historyTotal = Number(sumAmounts(monthly.map((m) => sumAmounts(m))));
  const profile = monthly.map((m) => Math.round((Number(sumAmounts(m)) / historyTotal) * 10000) / 10000);
  const phase = (amount: string, start: string): PhasedMonth[] =>
    phaseQuota(amount, { start, end: '2026-12-31', granularity: 'month', profile }).map((m) => ({
      period: m.period,
      start: m.start,
      end: m.end,
      amount: m.amount,
      share: m.share,
    }));
  const companyMonths = phase(target, '2026-01-01');
  const repMonths = reps.map((r) => {
    const hired = company.salespeople.find((p) => p.id === r.id)?.hired ?? '2026-01-01';
    const start = hired > '2026-01-01' ? hired : '2026-01-01';
    return { id: r.id, start, months: phase(r.quota, start) };
  });

  const figures: QuotaFigures = {
    target,
    overAssignment: PADDING,
    regions,
    reps,
    products: { lines: [...PRODUCT_LINES], lineTargets, matrix: table.matrix },
    phasing: { profile, company: companyMonths, reps: repMonths },
  };

  const repQuotaTotal = sumAmounts(reps.map((r) => r.quota));
  const view: SectionView = {
    id: 'decomposition',
    step: '3 · Target decomposition',
    title: 'Decompose it over regions, people and product lines',
    functions: ['decomposeQuota', 'allocate', 'decomposeMatrix'],
    blocks: [
      {
        kind: 'table',
        table: {
          caption: 'Regions: weighted 60 % by 2025 sales, 40 % by market potential',
          head: ['Region', '2025 sales', '2026 potential', 'Weight', 'Quota', `People's quotas (+${percent(PADDING, 0)})`],
          rows: regions.map((r) => [
            r.id,
            thousands(r.sales2025),
            thousands(r.potential),
            percent(r.basisWeight),
            thousands(r.quota),
            thousands(r.handedDown),
          ]),
          total: [
            'Company',
            thousands(sumAmounts(regions.map((r) => r.sales2025))),
            thousands(sumAmounts(regions.map((r) => r.potential))),
            '100.0%',
            thousands(sumAmounts(regions.map((r) => r.quota))),
            thousands(sumAmounts(regions.map((r) => r.handedDown))),
          ],
        },
      },
      {
        kind: 'table',
        table: {
          caption: `People: by capacity (2025 sales); the new hire at a full territory × the ramp factor`,
          head: ['Salesperson', 'Region', 'Capacity', 'Ramp', 'Share', 'Quota'],
          rows: reps.map((r) => [
            `${r.name}${r.rampFactor < 1 ? ' (new)' : ''}`,
            r.region,
            thousands(r.capacity),
            r.rampFactor.toFixed(2),
            percent(r.share),
            thousands(r.quota),
          ]),
          total: ['12 people', '', '', '', '', thousands(repQuotaTotal)],
          right: [2, 3, 4, 5],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'tree',
          spec: {
            id: 'quota-tree',
            title: `2026 quota tree (people padded by ${percent(PADDING, 0)})`,
            root: {
              label: company.name,
              value: thousands(target),
              children: regions.map((r) => ({
                label: `${r.id} (people: ${thousands(r.handedDown)})`,
                value: thousands(r.quota),
                children: reps.filter((p) => p.region === r.id).map((p) => ({ label: p.name, value: thousands(p.quota) })),
              })),
            },
          },
        },
      },
      {
        kind: 'table',
        table: {
          caption: 'Product lines: each region split so that rows and columns both add up (biproportional)',
          head: ['Region', ...PRODUCT_LINES, 'Total'],
          rows: REGIONS.map((region, i) => [
            region,
            ...(table.matrix[i] ?? []).map(thousands),
            thousands(sumAmounts(table.matrix[i] ?? [])),
          ]),
          total: [
            'Company',
            ...PRODUCT_LINES.map((_, j) => thousands(sumAmounts(table.matrix.map((row) => row[j] ?? '0.00')))),
            thousands(sumAmounts(table.matrix.flat())),
          ],
        },
      },
      {
        kind: 'note',
        text: `Line targets by the 2025 mix: ${PRODUCT_LINES.map((line, j) => `${line} ${thousands(lineTargets[j] ?? '0.00')}`).join(', ')}.`,
      },
    ],
  };

  let cumulative = '0.00';
  const phasingView: SectionView = {
    id: 'phasing',
    step: '4 · Target decomposition',
    title: 'Phase the year by month with seasonality',
    functions: ['phaseQuota'],
    blocks: [
      {
        kind: 'table',
        table: {
          caption: 'Seasonality: each month’s share of 2023–2025 sales (lab budgets close in Q4; summer is slow)',
          head: ['Month', 'Seasonality', 'Company quota', 'Cumulative'],
          rows: companyMonths.map((m) => {
            cumulative = sumAmounts([cumulative, m.amount]);
            return [`${monthName(m.period)} 2026`, percent(m.share), thousands(m.amount), thousands(cumulative)];
          }),
          total: [
            '2026',
            percent(companyMonths.reduce((s, m) => s + m.share, 0)),
            thousands(sumAmounts(companyMonths.map((m) => m.amount))),
            '',
          ],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'bar',
          spec: {
            id: 'monthly-phasing',
            title: '2026 company quota by month',
            labels: companyMonths.map((m) => monthName(m.period)),
            values: companyMonths.map((m) => Number(m.amount)),
          },
        },
      },
      {
        kind: 'note',
        text: `Every salesperson's quota is phased the same way (the new hire's from the start date, ${repMonths.find((r) => r.start !== '2026-01-01')?.start ?? '2026-01-01'}, January prorated); each person's months add up to their quota to the cent.`,
      },
    ],
  };
  return { figures, view, phasingView };
}
