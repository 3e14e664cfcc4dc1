/**
 * salesops-kit/customers
 *
 * @packageDocumentation
 * @module customers
 */
export * from '../core/public.js';
export {
  BgNbdCustomerSchema,
  BgNbdParamsSchema,
  expectedPurchases,
  expectedPurchasesOfNewCustomer,
  fitBgNbd,
  probabilityAlive,
  probabilityOfPurchases,
  type BgNbdCustomer,
  type BgNbdFit,
  type BgNbdParams,
} from './bg-nbd.js';
export { FitOptionsSchema, type FitOptions } from './minimize.js';
export { expectedAverageSpend, fitGammaGamma, type GammaGammaFit, type GammaGammaParams, type SpendSummary } from './gamma-gamma.js';
export {
  customerLifetimeValue,
  CustomerValueOptionsSchema,
  type CustomerLifetimeValue,
  type CustomerValueModels,
  type CustomerValueOptions,
  type MonthlyValue,
} from './predictive-clv.js';
export { rankCustomersByValue, type CustomerValueInput, type CustomerValueRank } from './rank-customers.js';
export {
  CustomerTransactionSchema,
  summarizeCustomers,
  SummarizeCustomersOptionsSchema,
  type CustomerSummary,
  type CustomerTransaction,
  type SummarizeCustomersOptions,
} from './summarize-customers.js';
export {
  RFM_SEGMENTS,
  RfmCustomerSchema,
  RfmOptionsSchema,
  rfmScores,
  type RfmCustomer,
  type RfmOptions,
  type RfmScore,
  type RfmSegmentRule,
} from './rfm.js';
export {
  tierCustomers,
  TierCustomerSchema,
  TierCustomersOptionsSchema,
  type ParetoTier,
  type ParetoTierOptions,
  type PreviousTier,
  type ScoreContribution,
  type ScoreTier,
  type ScoreTierOptions,
  type TierCriterion,
  type TierCustomer,
  type TierCustomersOptions,
  type TierResult,
} from './tier-customers.js';
export {
  LifecycleCustomerSchema,
  lifecycleStage,
  LifecycleStageOptionsSchema,
  type InactivityDays,
  type InactivityRule,
  type LifecycleCustomer,
  type LifecycleRules,
  type LifecycleStageName,
  type LifecycleStageOptions,
  type LifecycleStageResult,
  type ThresholdSource,
  type ThresholdSources,
} from './lifecycle-stage.js';
export { netPromoterScore, NpsResponsesSchema, type NetPromoterScore } from './net-promoter-score.js';
export {
  historicalClv,
  HistoricalClvCustomerSchema,
  HistoricalClvOptionsSchema,
  type HistoricalClv,
  type HistoricalClvCustomer,
  type HistoricalClvOptions,
} from './historical-clv.js';
export { retentionClv, RetentionClvInputSchema, type RetentionClv, type RetentionClvInput } from './retention-clv.js';
