/**
 * salesops-kit/targets
 *
 * @packageDocumentation
 * @module targets
 */
export * from '../core/public.js';
export {
  SalesTargetSchema,
  type SalesTarget,
  type TargetMetric,
  type TargetMetricKind,
  type TargetPeriod,
  type TargetScope,
} from './target.js';
export {
  DEFAULT_MAX_HORIZON_DAYS,
  DEFAULT_SMART_THRESHOLDS,
  GENERIC_TITLE_WORDS,
  SmartContextSchema,
  type SmartContext,
  type SmartThresholds,
  type TeamCapacity,
} from './smart-context.js';
export type {
  Achievability,
  AchievabilityStance,
  CriterionResult,
  Finding,
  FindingSeverity,
  SmartCriterion,
  SmartFindingCode,
  SmartReport,
} from './smart-report.js';
export { validateSmartTarget } from './validate-smart.js';
export type { TargetProposal } from './proposal.js';
export { GrowthTargetInputSchema, targetFromGrowth, type GrowthTarget, type GrowthTargetInput } from './from-growth.js';
export {
  MarketShareTargetInputSchema,
  targetFromMarketShare,
  type MarketShareTarget,
  type MarketShareTargetInput,
} from './from-market-share.js';
export { BenchmarkTargetInputSchema, targetFromBenchmark, type BenchmarkTarget, type BenchmarkTargetInput } from './from-benchmark.js';
export {
  CapacityTargetInputSchema,
  targetFromCapacity,
  type CapacityTarget,
  type CapacityTargetInput,
  type NewHireCohort,
} from './from-capacity.js';
export {
  TargetProposalsSchema,
  TriangulateOptionsSchema,
  triangulateTargets,
  type ProposalSpread,
  type TargetProposalInput,
  type TriangulateOptions,
  type Triangulation,
} from './triangulate.js';
