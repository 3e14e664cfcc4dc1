/**
 * Handbook step 6 — performance evaluation: KPI scorecards weighted by AHP from the sales
 * director's pairwise judgements, 360-degree feedback, a 70/30 composite, and a forced 20/70/10
 * distribution into bands.
 */
import { ahpWeightsFromJudgements, assignBands, combineScores, score360, scoreKpisBatch, type KpiDefinition } from 'salesops-kit/scoring';
import type { SectionResult, SectionView } from '../model.js';
import type { SampleCompany } from '../sample-company.js';
import { percent } from '../text-table.js';
import type { AttainmentFigures } from './attainment.js';

export interface ScoringFigures {
  ahp: { weights: Record<string, number>; consistencyRatio: number; consistent: boolean };
  people: Array<{
    id: string;
    name: string;
    kpiScore: number;
    feedback360: number | null;
    suppressedGroups: string[];
    blindSpots: string[];
    composite: number;
    rank: number;
    band: string;
  }>;
  bands: Array<{ label: string; count: number; quota: number | null }>;
  forcedShares: number[];
}

const KPI_NAMES: Record<string, string> = {
  pace: 'Quota pace H1',
  newLogos: 'New logos',
  winRate: 'Win rate',
  daysToClose: 'Days to close',
};

const BAND_COLORS: Record<string, string> = { exceeds: '#16a34a', meets: '#2563eb', below: '#dc2626' };

const BANDS = [
  { label: 'exceeds', share: 20 },
  { label: 'meets', share: 70 },
  { label: 'below', share: 10 },
];

export function scoringSection(company: SampleCompany, attainment: AttainmentFigures): SectionResult<ScoringFigures> {
  // The sales director's judgements: pace is 3× as important as new logos, 4× win rate, 5× speed…
  const ahp = ahpWeightsFromJudgements([
    { a: 'pace', b: 'newLogos', value: 3 },
    { a: 'pace', b: 'winRate', value: 4 },
    { a: 'pace', b: 'daysToClose', value: 5 },
    { a: 'newLogos', b: 'winRate', value: 2 },
    { a: 'newLogos', b: 'daysToClose', value: 3 },
    { a: 'winRate', b: 'daysToClose', value: 2 },
  ]);
  const weight = (id: string): number => ahp.weights[id] ?? 0;
  const kpis: KpiDefinition[] = [
    // Pace against one's own phased plan (1 = on plan); over-achievement rewarded up to 120.
    { id: 'pace', weight: weight('pace'), direction: 'higherIsBetter', target: 1, cap: 120 },
    // Linear: 0 at 1 new logo in the half, 100 at 5, the cap of 150 at 9.
    { id: 'newLogos', weight: weight('newLogos'), direction: 'higherIsBetter', target: 5, threshold: 1, stretch: 9, cap: 150 },
    { id: 'winRate', weight: weight('winRate'), direction: 'higherIsBetter', target: '0.30', cap: 120 },
    // Distance from the worst acceptable 90 days: 100 at 45 days.
    { id: 'daysToClose', weight: weight('daysToClose'), direction: 'lowerIsBetter', target: 45, threshold: 90, cap: 120 },
  ];
  const people = company.salespeople;
  const activity = new Map(company.activity.map((a) => [a.salespersonId, a]));
  const pace = new Map(attainment.reps.map((r) => [r.id, r.pace]));
  const actuals = people.map((p) => {
    const a = activity.get(p.id);
    return {
      pace: pace.get(p.id) ?? null,
      newLogos: a?.newLogos ?? null,
      winRate: a && a.opportunities > 0 ? Math.round((a.won / a.opportunities) * 1000) / 1000 : null,
      daysToClose: a?.daysToClose ?? null,
    };
  });
  const cards = scoreKpisBatch(kpis, actuals);

  const feedback = score360({
    competencies: company.feedback.competencies,
    raterGroups: [
      { id: 'manager', weight: 40 },
      { id: 'peer', weight: 30 },
      { id: 'customer', weight: 30 },
    ],
    ratings: company.feedback.ratings,
    scale: { min: 1, max: 5 },
  });
  const feedbackOf = new Map(feedback.map((f) => [f.subjectId, f]));

  const composites = people.map((p, i) =>
    combineScores([
      { id: 'kpi', score: cards[i]?.total ?? null, weight: 70 },
      { id: 'feedback360', score: feedbackOf.get(p.id)?.overall ?? null, weight: 30, scale: { min: 1, max: 5 } },
    ]),
  );
  const banded = assignBands(
    people.map((p, i) => ({ id: p.id, score: Math.round((composites[i]?.score ?? 0) * 10) / 10 })),
    { kind: 'forced', bands: BANDS },
  );

  const rows = people.map((p, i) => {
    const f = feedbackOf.get(p.id);
    const assignment = banded.assignments[i];
    return {
      id: p.id,
      name: p.name,
      kpiScore: cards[i]?.total ?? 0,
      feedback360: f?.overall ?? null,
      suppressedGroups: f?.suppressedGroups ?? [],
      blindSpots: Object.entries(f?.selfGap ?? {})
        .filter(([, gap]) => gap.kind === 'blindSpot')
        .map(([competency]) => competency),
      composite: assignment?.score ?? 0,
      rank: assignment?.rank ?? 0,
      band: assignment?.band ?? '',
    };
  });
  const figures: ScoringFigures = {
    ahp: { weights: ahp.weights, consistencyRatio: ahp.consistencyRatio, consistent: ahp.consistent },
    people: rows,
    bands: banded.bands.map((b) => ({ label: b.label, count: b.count, quota: b.quota ?? null })),
    forcedShares: BANDS.map((b) => b.share),
  };

  const sorted = [...rows.keys()].sort((a, b) => (rows[a]?.rank ?? 0) - (rows[b]?.rank ?? 0) || a - b);
  const newHire = rows.find((r) => r.suppressedGroups.length > 0);
  const view: SectionView = {
    id: 'scoring',
    step: '6 · Performance evaluation',
    title: 'Score the salespeople: KPIs weighted by AHP, 360 feedback, bands',
    functions: ['ahpWeightsFromJudgements', 'scoreKpisBatch', 'score360', 'combineScores', 'assignBands'],
    blocks: [
      {
        kind: 'figures',
        items: [
          ['AHP weights', ahp.items.map((id) => `${KPI_NAMES[id] ?? id} ${percent(weight(id))}`).join(' · ')],
          ['Consistency ratio', `${ahp.consistencyRatio.toFixed(3)} (${ahp.consistent ? 'consistent: below 0.1' : 'INCONSISTENT'})`],
        ],
      },
      {
        kind: 'table',
        table: {
          caption: 'Composite = 70 % KPI score + 30 % 360 (1–5 mapped onto 0–100); bands forced 20 / 70 / 10, best first',
          head: ['#', 'Salesperson', 'Pace', 'Logos', 'Win rate', 'Days', 'KPI', '360', 'Composite', 'Band'],
          rows: sorted.map((i) => {
            const r = rows[i];
            const a = actuals[i];
            return [
              String(r?.rank ?? ''),
              r?.name ?? '',
              a?.pace === null || a?.pace === undefined ? '—' : percent(a.pace, 0),
              String(a?.newLogos ?? '—'),
              a?.winRate === null || a?.winRate === undefined ? '—' : percent(a.winRate, 0),
              String(a?.daysToClose ?? '—'),
              (r?.kpiScore ?? 0).toFixed(1),
              r?.feedback360 === null || r?.feedback360 === undefined ? '—' : r.feedback360.toFixed(2),
              (r?.composite ?? 0).toFixed(1),
              r?.band ?? '',
            ];
          }),
          right: [0, 2, 3, 4, 5, 6, 7, 8],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'bar',
          spec: {
            id: 'scores-bands',
            title: 'Composite scores, coloured by band',
            labels: sorted.map((i) => rows[i]?.name ?? ''),
            values: sorted.map((i) => rows[i]?.composite ?? 0),
            valueLabels: sorted.map((i) => `${(rows[i]?.composite ?? 0).toFixed(1)} · ${rows[i]?.band ?? ''}`),
            horizontal: true,
            colors: sorted.map((i) => BAND_COLORS[rows[i]?.band ?? ''] ?? '#6b7280'),
          },
        },
      },
      {
        kind: 'note',
        text:
          `Band head counts: ${banded.bands.map((b) => `${b.label} ${b.count}`).join(', ')} of ${people.length} ` +
          `(20/70/10 of ${people.length} by largest remainder: ${banded.bands.map((b) => b.quota).join(' + ')}).` +
          (newHire
            ? ` ${newHire.name}'s ${newHire.suppressedGroups.join(', ')} feedback (under 3 raters) is suppressed for anonymity; its weight goes to the other groups.`
            : '') +
          ` Blind spots (self rating ≥ 0.5 above others): ${rows.filter((r) => r.blindSpots.length > 0).length} people.`,
      },
    ],
  };
  return { figures, view };
}
