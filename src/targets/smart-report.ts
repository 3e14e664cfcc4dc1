/**
 * The result of a SMART check: five criteria, each passed or not, each with its findings.
 */

/** The five SMART criteria. */
export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** How serious a finding is: an `error` fails its criterion; a `warning` or an `info` does not. */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * The stable codes of the findings (see the table in the targets guide). Match on these, not on
 * the messages, which may be reworded.
 */
export type SmartFindingCode =
  | 'TITLE_MISSING'
  | 'TITLE_TOO_SHORT'
  | 'GENERIC_TITLE'
  | 'METRIC_NOT_CONCRETE'
  | 'SCOPE_MISSING'
  | 'VALUE_NOT_POSITIVE'
  | 'CURRENCY_MISSING'
  | 'UNIT_MISSING'
  | 'BASELINE_MISSING'
  | 'ACHIEVABILITY_NOT_ASSESSED'
  | 'CURRENCY_MISMATCH'
  | 'HISTORY_TOO_SHORT'
  | 'GROWTH_UNDEFINED'
  | 'REFERENCE_NOT_POSITIVE'
  | 'ZERO_VOLATILITY'
  | 'UNREALISTIC_TARGET'
  | 'STRETCH_TARGET'
  | 'REALISTIC_TARGET'
  | 'SANDBAGGED_TARGET'
  | 'BELOW_BASELINE'
  | 'ABOVE_MARKET_SHARE'
  | 'ABOVE_CAPACITY'
  | 'NOT_ALIGNED'
  | 'UNKNOWN_OBJECTIVE'
  | 'DUPLICATE_OBJECTIVE'
  | 'START_MISSING'
  | 'END_MISSING'
  | 'END_NOT_AFTER_START'
  | 'END_NOT_AFTER_AS_OF'
  | 'HORIZON_TOO_LONG';

/** One thing the check found about a target. */
export interface Finding {
  /** The criterion it concerns. */
  criterion: SmartCriterion;
  /** A stable SCREAMING_SNAKE_CASE code. */
  code: SmartFindingCode;
  /** `error` fails the criterion; `warning` and `info` do not. */
  severity: FindingSeverity;
  /** A sentence a sales manager understands, with the figures concerned. */
  message: string;
  /**
   * The field concerned, starting with the parameter name: `['target', 'title']`,
   * `['context', 'history', 2]`. Absent when the finding concerns the target as a whole.
   */
  path?: Array<string | number>;
}

/** The outcome of one criterion. */
export interface CriterionResult {
  /** True when none of its findings is an `error`. */
  passed: boolean;
  /** Its findings, in the order the rules run. */
  findings: Finding[];
}

/**
 * How hard a target is, judged from the history:
 * - `unrealistic`: the probability of reaching it is below `unrealisticBelow` (0.1);
 * - `stretch`: from `unrealisticBelow` up to (not including) `stretchBelow` (0.1 ≤ p < 0.4);
 * - `realistic`: from `stretchBelow` to `sandbaggedAbove` inclusive (0.4 ≤ p ≤ 0.9);
 * - `sandbagged`: above `sandbaggedAbove` (p > 0.9), or below the baseline (unless unrealistic).
 */
export type AchievabilityStance = 'sandbagged' | 'realistic' | 'stretch' | 'unrealistic';

/** The growth the target needs, against the growth the history shows. */
export interface Achievability {
  /** Growth the target needs over its reference: `value / reference − 1` (0.1 is 10 %). */
  requiredGrowth: number;
  /** Mean of the history's period-over-period growth rates. */
  historicalMeanGrowth: number;
  /** Sample standard deviation of those growth rates (0 when they are all equal). */
  historicalVolatility: number;
  /**
   * Probability of reaching the target if next period's growth is normal with that mean and
   * volatility: `Φ((mean − required) / volatility)`; with zero volatility, 1 when the required
   * growth is at most the mean, else 0.
   */
  probability: number;
  /** The verdict, see {@link AchievabilityStance}. */
  stance: AchievabilityStance;
  /** What the required growth is measured from: the target's baseline, or the last actual of the history. */
  basis: 'baseline' | 'lastActual';
  /** The growth rates used, oldest first (pairs after a zero or negative actual are left out). */
  growthRates: number[];
}

/** The report of {@link validateSmartTarget}. */
export interface SmartReport {
  /** The target's id. */
  targetId: string;
  /** True only when all five criteria pass. */
  passed: boolean;
  /** The five criteria. */
  criteria: {
    /** A non-trivial title, a concrete metric, at least one scope field. */
    specific: CriterionResult;
    /** A positive value, a unit or currency, a baseline. */
    measurable: CriterionResult;
    /** Within reach of the history, the market and the team. */
    achievable: CriterionResult;
    /** Aligned with known strategic objectives. */
    relevant: CriterionResult;
    /** A start, an end after the start and after `asOf`, a bounded horizon. */
    timeBound: CriterionResult;
  };
  /** Present when the history gives at least two growth rates and the required growth is defined. */
  achievability?: Achievability;
  /** With `context.marketSize`: the share of the market the target claims (`value / marketSize`; absent if beyond a double's range). */
  marketShare?: number;
  /** With `context.capacity`: the share of the team's capacity the target claims (absent when the capacity is zero, or the share beyond a double's range). */
  capacityUse?: number;
}
