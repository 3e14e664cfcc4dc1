/**
 * How one KPI turns an actual into a score: the achievement ratio, a linear curve through
 * threshold → target → stretch, or steps. Everything is computed in "goodness" space (the actual
 * itself when higher is better, its negative when lower is better), so one set of formulas serves
 * both directions and every curve is non-decreasing in goodness by construction and validation.
 */
import type { DecimalInput, IssuePath } from '../core/index.js';
import { amountToNumber, invalid } from '../core/index.js';

/** Whether a bigger actual is better (revenue, win rate) or worse (cost of sale, days to close). */
export type KpiDirection = 'higherIsBetter' | 'lowerIsBetter';

/** One step of a step curve: from this actual on (in the KPI's direction), the score is `score`. */
export interface KpiStep {
  /** The actual where the band starts: reached when the actual is this good or better. */
  from: DecimalInput;
  /** The score of the band, from 0 to the KPI's `cap`. */
  score: number;
}

/** A step (band) curve: the score jumps at each step. */
export interface KpiStepCurve {
  /** The bands, from the worst to the best (ascending `from` when higher is better, descending when lower is better). */
  steps: readonly KpiStep[];
  /**
   * Which band an actual exactly on a boundary takes: `'higher'` (default — the boundary counts
   * as reached, as in "90 or more is A") or `'lower'` (the band below, as in "more than 90").
   */
  onBoundary?: 'higher' | 'lower' | undefined;
}

/**
 * The scoring curve of a KPI:
 * - `'ratio'`: score = 100 × achievement (actual / target, or target / actual when lower is
 *   better), floored at 0 and capped at `cap`; optionally gated by `threshold`.
 * - `'linear'`: straight lines through (threshold, thresholdScore) → (target, 100) →
 *   (stretch, cap); for lower-is-better KPIs `threshold` is the worst value (distance scoring).
 * - `{ steps }`: bands.
 */
export type KpiCurve = 'ratio' | 'linear' | KpiStepCurve;

/**
 * Why a score is not simply the curve's value, or `null`:
 * - `BELOW_THRESHOLD`: the actual is worse than `threshold` (or the first step): the score is `floor`;
 * - `AT_CAP`: the curve went above `cap` and was capped;
 * - `FLOORED_AT_ZERO`: the curve went below 0 (a negative actual) and was floored;
 * - `NO_POSITIVE_ACTUAL`: lower is better, ratio curve, actual ≤ 0: target / actual is undefined
 *   and nothing can be better, so the score is `cap`;
 * - `NO_ACTUAL_SCORED_ZERO`: no actual, and `missingActual: 'scoreZero'` was asked for.
 */
export type KpiReason = 'BELOW_THRESHOLD' | 'AT_CAP' | 'FLOORED_AT_ZERO' | 'NO_POSITIVE_ACTUAL' | 'NO_ACTUAL_SCORED_ZERO';

/** The fields of a KPI definition that shape its curve (see `KpiDefinition`). @internal */
export interface CurveFields {
  direction: KpiDirection;
  target: DecimalInput;
  threshold?: DecimalInput | undefined;
  stretch?: DecimalInput | undefined;
  cap?: number | undefined;
  thresholdScore?: number | undefined;
  floor?: number | undefined;
  curve?: KpiCurve | undefined;
}

/** A validated curve, as numbers in goodness space. @internal */
export interface Curve {
  kind: 0 | 1 | 2; // ratio, linear, steps
  higher: boolean;
  target: number; // raw target
  goal: number; // target in goodness space
  lowX: number; // linear: start of the first segment (threshold, or 0)
  lowY: number; // linear: score there
  gate: number; // goodness of the threshold, or -Infinity
  floor: number;
  stretch: number; // goodness of the stretch, or NaN
  cap: number;
  from: number[]; // steps, goodness ascending
  scores: number[];
  onHigher: boolean;
}

/** The outcome of scoring one actual. @internal */
export interface CurveOutcome {
  achievement: number | null;
  score: number;
  reason: KpiReason | null;
}

/** Validates the curve fields of `kpis[i]` (already type-checked) and compiles them. @internal */
export function compileCurve(kpi: CurveFields, path: IssuePath): Curve {
  const higher = kpi.direction === 'higherIsBetter';
  const sign = higher ? 1 : -1;
  const read = (key: 'target' | 'threshold' | 'stretch'): number => {
    const v = kpi[key];
    return v === undefined ? Number.NaN : amountToNumber(v, [...path, key]);
  };
  const target = read('target');
  const threshold = read('threshold');
  const stretch = read('stretch');
  const hasGate = kpi.threshold !== undefined;
  const hasStretch = kpi.stretch !== undefined;
  const cap = kpi.cap ?? 100;
  const floor = kpi.floor ?? 0;
  const lowY = kpi.thresholdScore ?? 0;
  const worse = higher ? 'below' : 'above';
  const spec = kpi.curve ?? (hasGate || hasStretch ? 'linear' : 'ratio');
  const curve: Curve = {
    kind: spec === 'ratio' ? 0 : spec === 'linear' ? 1 : 2,
    higher,
    target,
    goal: sign * target,
    lowX: hasGate ? sign * threshold : 0,
    lowY: hasGate ? lowY : 0,
    gate: hasGate ? sign * threshold : Number.NEGATIVE_INFINITY,
    floor,
    stretch: sign * stretch,
    cap,
    from: [],
    scores: [],
    onHigher: true,
  };
  if (hasGate && !(sign * threshold < sign * target)) {
    invalid([...path, 'threshold'], `must be ${worse} the target`, kpi.threshold);
  }
  if (spec === 'ratio') {
    if (!(target > 0)) invalid([...path, 'target'], 'must be above 0 for a ratio curve', kpi.target);
    if (hasStretch) invalid([...path, 'stretch'], "applies only to the 'linear' curve", kpi.stretch);
    if (hasGate) {
      const atGate = Math.max(0, Math.min(cap, higher ? (100 * threshold) / target : (100 * target) / threshold));
      if (floor > atGate) invalid([...path, 'floor'], `must not exceed ${atGate}`, floor);
    }
    return curve;
  }
  if (spec === 'linear') {
    if (!hasGate) {
      if (!higher) invalid([...path, 'threshold'], '(the worst value) is required', kpi.threshold);
      if (!(target > 0)) invalid([...path, 'target'], 'must be above 0 without a threshold', kpi.target);
    }
    if (hasStretch) {
      if (!(sign * stretch > sign * target)) invalid([...path, 'stretch'], `must be ${higher ? 'above' : 'below'} the target`, kpi.stretch);
      if (!(cap > 100)) invalid([...path, 'cap'], 'must be above 100 with a stretch', kpi.cap);
    }
    if (floor > curve.lowY) invalid([...path, 'floor'], 'must not exceed thresholdScore', floor);
    return curve;
  }
  // Steps.
  if (hasGate) invalid([...path, 'threshold'], 'does not apply to steps', kpi.threshold);
  if (hasStretch) invalid([...path, 'stretch'], "applies only to the 'linear' curve", kpi.stretch);
  curve.onHigher = spec.onBoundary !== 'lower';
  spec.steps.forEach((step, j) => {
    const at = [...path, 'curve', 'steps', j];
    const g = sign * amountToNumber(step.from, [...at, 'from']);
    const previous = curve.from[j - 1];
    if (previous !== undefined && !(g > previous)) {
      invalid([...at, 'from'], `must be ${higher ? 'above' : 'below'} the previous step`, step.from);
    }
    if (step.score > cap) invalid([...at, 'score'], `must not exceed the cap`, step.score);
    const before = curve.scores[j - 1] ?? floor;
    if (step.score < before) invalid([...at, 'score'], `must not be below ${before}`, step.score);
    curve.from.push(g);
    curve.scores.push(step.score);
  });
  return curve;
}

/** Scores one actual on a compiled curve, writing into `out`. @internal */
export function scoreOn(curve: Curve, actual: number, out: CurveOutcome): void {
  const { higher, target } = curve;
  const g = higher ? actual : -actual;
  // The ratio is reported for every curve when it means something: a positive target, and for
  // lower-is-better KPIs a positive actual.
  out.achievement = target > 0 && (higher || actual > 0) ? (higher ? actual / target : target / actual) + 0 : null;
  out.reason = null;
  if (g < curve.gate) {
    out.score = curve.floor;
    out.reason = 'BELOW_THRESHOLD';
    return;
  }
  let raw: number;
  if (curve.kind === 0) {
    if (!higher && actual <= 0) {
      out.score = curve.cap;
      out.reason = 'NO_POSITIVE_ACTUAL';
      return;
    }
    // 100 × a / b rather than 100 × (a / b): 90 / 100 scores exactly 90.
    raw = higher ? (100 * actual) / target : (100 * target) / actual;
  } else if (curve.kind === 1) {
    const { goal, lowX, lowY, stretch } = curve;
    if (g <= goal) raw = lowY + ((g - lowX) * (100 - lowY)) / (goal - lowX);
    else if (Number.isNaN(stretch))
      raw = 100 + ((g - goal) * (100 - lowY)) / (goal - lowX); // the slope goes on
    else if (g > stretch)
      raw = Number.POSITIVE_INFINITY; // past the stretch: the cap
    else raw = g === stretch ? curve.cap : 100 + ((g - goal) * (curve.cap - 100)) / (stretch - goal);
  } else {
    const { from } = curve;
    let band = -1;
    for (let j = 0; j < from.length; j += 1) {
      const at = from[j] as number;
      if (g > at || (g === at && curve.onHigher)) band = j;
      else break;
    }
    if (band < 0) {
      out.score = curve.floor;
      out.reason = 'BELOW_THRESHOLD';
      return;
    }
    raw = curve.scores[band] as number;
  }
  if (raw > curve.cap) {
    out.score = curve.cap;
    out.reason = 'AT_CAP';
  } else if (raw < 0) {
    out.score = 0;
    out.reason = 'FLOORED_AT_ZERO';
  } else out.score = raw + 0;
}
