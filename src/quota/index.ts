/**
 * salesops-kit/quota
 *
 * @packageDocumentation
 * @module quota
 */
export * from '../core/public.js';
export * from './phase-quota.js';
export * from './fit-matrix.js';
export { MatrixSeedSchema } from './matrix-input.js';
export * from './decompose-matrix.js';
export * from './rebalance-quota.js';
export * from './track-attainment.js';
export { allocate, AllocateOptionsSchema, AllocateWeightsSchema, type AllocateOptions } from './allocate.js';
export { QuotaBasisSchema, type QuotaBasis, type QuotaBasisBlend, type QuotaBasisKey } from './quota-basis.js';
export {
  decomposeQuota,
  QuotaLevelSchema,
  QuotaPlanNodeSchema,
  QuotaPlanSchema,
  type QuotaDecomposition,
  type QuotaLevel,
  type QuotaNode,
  type QuotaPlan,
  type QuotaPlanNode,
} from './decompose-quota.js';
export { rollUpQuota, BottomUpPlanSchema, type BottomUpNode, type BottomUpPlan, type RolledUpNode, type RollUp } from './roll-up-quota.js';
export {
  reconcileQuota,
  QuotaCommitmentsSchema,
  ReconcileQuotaOptionsSchema,
  TopDownPlanSchema,
  type QuotaCommitment,
  type QuotaGap,
  type QuotaReconciliation,
  type ReconcileQuotaOptions,
  type TopDownNode,
  type TopDownPlan,
} from './reconcile-quota.js';
