/**
 * The default credit scorecard: fifteen factors a credit controller uses, in six groups, with
 * expert-judgement points (not fitted to data: refit or replace them once you have defaults to
 * learn from). The points are set on the scale 600 points = 50:1 good:bad odds, 20 points to
 * double the odds, so a score reads directly as a PD through {@link scoreToPd}.
 *
 * Totals run from 259 (every factor at its worst) to 804 (every factor at its best); a profile
 * with no data at all scores 591 (grade B). The guide (docs/guides/credit.md) has the full table.
 */
import type { CreditModel, ScorecardBin, ScorecardFactor } from './scorecard-model.js';

type Spec = [
  id: string,
  label: string,
  code: string,
  group: string,
  cuts: number[],
  points: number[],
  neutral: number,
  min?: number,
  max?: number,
];

// Numeric factors: bins cut at `cuts` (from ≤ value < to), points per bin in ascending order of value.
const NUMERIC: Spec[] = [
  ['avgDaysBeyondTerms', 'Average days beyond terms', 'SLOW_PAYMENT', 'payment', [1, 8, 16, 31, 61], [75, 68, 60, 48, 34, 20], 52],
  ['worstDaysBeyondTerms', 'Worst days beyond terms', 'SEVERE_LATE_PAYMENT', 'payment', [1, 16, 31, 61, 91], [45, 42, 36, 28, 20, 12], 32],
  ['onTimeShare', 'Share paid on time', 'FEW_ON_TIME_PAYMENTS', 'payment', [0.5, 0.7, 0.85, 0.95], [15, 25, 33, 40, 45], 32, 0, 1],
  ['paydex', 'PAYDEX', 'LOW_PAYDEX', 'payment', [40, 50, 70, 80], [15, 25, 35, 45, 55], 40, 0, 100],
  [
    'utilisation',
    'Utilisation of the credit limit',
    'HIGH_UTILISATION',
    'exposure',
    [0.5, 0.75, 0.9, 1, 1.2],
    [50, 46, 38, 28, 18, 10],
    38,
    0,
  ],
  ['overdueShare', 'Overdue share of receivables', 'OVERDUE_BALANCE', 'exposure', [0.05, 0.15, 0.3, 0.5], [55, 48, 38, 26, 14], 40, 0, 1],
  ['currentRatio', 'Current ratio', 'LOW_LIQUIDITY', 'financial', [0.8, 1, 1.2, 1.5, 2], [15, 24, 32, 38, 42, 45], 32, 0],
  ['debtToEquity', 'Debt to equity', 'HIGH_LEVERAGE', 'financial', [0.5, 1, 2, 3], [45, 40, 32, 24, 14], 32, 0],
  ['yearsInBusiness', 'Years in business', 'YOUNG_BUSINESS', 'financial', [2, 5, 10, 20], [10, 20, 28, 34, 38], 24, 0],
  ['tenureYears', 'Years as a customer', 'SHORT_RELATIONSHIP', 'relationship', [1, 3, 5], [12, 22, 28, 34], 22, 0],
  ['annualPurchases', 'Annual purchases', 'SMALL_ACCOUNT', 'relationship', [10_000, 100_000, 1_000_000], [14, 22, 28, 32], 22, 0],
  ['legalActions', 'Legal actions', 'LEGAL_ACTIONS', 'adverse', [1, 2], [45, 25, 5], 35, 0],
  ['bouncedPayments', 'Bounced payments', 'BOUNCED_PAYMENTS', 'adverse', [1, 2, 4], [40, 28, 16, 5], 32, 0],
];

function numeric([id, label, code, group, cuts, points, neutralPoints, min, max]: Spec): ScorecardFactor {
  const bins: ScorecardBin[] = points.map((p, i) => ({
    ...(i > 0 ? { from: cuts[i - 1] } : {}),
    ...(i < cuts.length ? { to: cuts[i] } : {}),
    points: p,
  }));
  const factor: ScorecardFactor = { id, label, code, group, neutralPoints, bins };
  if (min !== undefined) factor.min = min;
  if (max !== undefined) factor.max = max;
  if (group === 'adverse') factor.integer = true;
  if (id === 'annualPurchases') factor.amount = true;
  return factor;
}

function notches(grade: string): string[] {
  return [`${grade}+`, grade, `${grade}-`];
}

/**
 * A fresh copy of the default credit scorecard, to grade with as it is or to adjust into your
 * own model (change a bin's points, drop a factor) and pass to {@link gradeCredit}.
 *
 * Factors (profile keys): `avgDaysBeyondTerms`, `worstDaysBeyondTerms`, `onTimeShare`, `paydex`
 * (payment); `utilisation`, `overdueShare` (exposure); `altmanZone`, `currentRatio`,
 * `debtToEquity`, `yearsInBusiness` (financial); `tenureYears`, `annualPurchases`
 * (relationship); `externalRating` (external); `legalActions`, `bouncedPayments` (adverse).
 * Base points 80; grades AAA ≥ 740, AA ≥ 710, A ≥ 680, BBB ≥ 650, BB ≥ 620, B ≥ 590, CCC ≥ 560,
 * CC ≥ 530, C below; scaling 600 points at 50:1, PDO 20.
 *
 * @returns the default model (a new object on every call)
 *
 * @example
 * ```ts
 * import { defaultCreditModel } from 'salesops-kit/credit';
 *
 * const model = defaultCreditModel();
 * model.factors.length //=> 15
 * model.scaling //=> { pdo: 20, baseScore: 600, baseOdds: 50 }
 * ```
 */
export function defaultCreditModel(): CreditModel {
  const factors = NUMERIC.map(numeric);
  factors.splice(6, 0, {
    id: 'altmanZone',
    label: 'Altman Z-score zone',
    code: 'WEAK_ALTMAN_Z',
    group: 'financial',
    neutralPoints: 40,
    bins: [
      { categories: ['distress'], points: 18, label: 'distress' },
      { categories: ['grey'], points: 42, label: 'grey' },
      { categories: ['safe'], points: 60, label: 'safe' },
    ],
  });
  factors.splice(12, 0, {
    id: 'externalRating',
    label: 'External rating',
    code: 'WEAK_EXTERNAL_RATING',
    group: 'external',
    neutralPoints: 38,
    bins: [
      { categories: ['D'], points: 0, label: 'D' },
      { categories: [...notches('CCC'), 'CC', 'C'], points: 14, label: 'CCC+ to C' },
      { categories: notches('B'), points: 28, label: 'B+ to B-' },
      { categories: notches('BB'), points: 38, label: 'BB+ to BB-' },
      { categories: notches('BBB'), points: 48, label: 'BBB+ to BBB-' },
      { categories: notches('A'), points: 55, label: 'A+ to A-' },
      { categories: ['AAA', 'AA+', 'AA', 'AA-'], points: 60, label: 'AAA to AA-' },
    ],
  });
  return {
    factors,
    basePoints: 80,
    grades: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'].map((grade, i) =>
      i < 8 ? { grade, minScore: 740 - 30 * i } : { grade },
    ),
    scaling: { pdo: 20, baseScore: 600, baseOdds: 50 },
    maxReasons: 4,
  };
}
