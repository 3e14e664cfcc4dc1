/**
 * salesops-kit/credit: credit risk grading with reasons, scorecard scaling, limits and terms,
 * receivables aging, payment behaviour (days beyond terms, PAYDEX, DSO), Altman Z-scores,
 * exposure checks at order entry, early warnings and grade migration.
 *
 * @packageDocumentation
 * @module credit
 */
export * from '../core/public.js';
export {
  oddsToScore,
  pdToScore,
  type ScalingLine,
  scorecardScaling,
  type ScorecardScaling,
  ScorecardScalingSchema,
  scoreToOdds,
  scoreToPd,
} from './scaling.js';
export {
  type CreditModel,
  CreditModelSchema,
  type CreditReason,
  type FactorScore,
  type GradeBand,
  prepareCreditModel,
  type ScorecardBin,
  type ScorecardFactor,
} from './scorecard-model.js';
export { defaultCreditModel } from './default-model.js';
export { type CreditGrade, type CreditProfile, CreditProfileSchema, gradeCredit } from './grade-credit.js';
export {
  type GradeRecord,
  gradeTransitionMatrix,
  type GradeTransitionMatrix,
  type GradeTransitionOptions,
  GradeTransitionOptionsSchema,
} from './grade-transition.js';
export {
  ageReceivables,
  type AgeReceivablesOptions,
  AgeReceivablesOptionsSchema,
  type Aging,
  type AgingBucket,
  type CustomerAging,
  type ReceivableInvoice,
  ReceivableInvoiceSchema,
  type ReceivablesAging,
} from './aging.js';
export {
  daysBeyondTerms,
  type PaydexResult,
  paydexForDays,
  paydexScore,
  type PaymentBehaviour,
  type PaymentRecord,
  PaymentRecordsSchema,
} from './payment-behaviour.js';
export { daysSalesOutstanding, type DsoInput, DsoInputSchema, type DsoResult } from './dso.js';
export {
  type AltmanComponent,
  type AltmanCutoffs,
  type AltmanFinancials,
  AltmanFinancialsSchema,
  type AltmanOptions,
  AltmanOptionsSchema,
  type AltmanResult,
  altmanZScore,
} from './altman.js';
export {
  type CreditTerms,
  type CreditTermsContext,
  CreditTermsContextSchema,
  type CreditTermsRule,
  recommendCreditTerms,
} from './credit-terms.js';
export {
  checkCreditExposure,
  type CreditExposureCheck,
  type CreditExposureInput,
  CreditExposureInputSchema,
  type CreditExposurePolicy,
  type ExposureReason,
  type OverdueFigures,
} from './exposure.js';
export {
  type CreditSnapshot,
  CreditSnapshotSchema,
  type CreditWarning,
  type CreditWarningRules,
  CreditWarningRulesSchema,
  creditWarnings,
  type WarningCode,
} from './warnings.js';
