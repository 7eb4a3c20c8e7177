export { catalog } from './catalog/catalog.js';
export type { Catalog } from './catalog/catalog-schema.js';
export { catalogSchema } from './catalog/catalog-schema.js';
export { loadCatalog } from './catalog/load-catalog.js';
export type { CallCost, CallToPrice, PricedCall, UnpricedCall } from './cost/cost-of-call.js';
export { costOfCall } from './cost/cost-of-call.js';
export { reportedUsage } from './cost/reported-usage.js';
export type { Api } from './endpoints/api.js';
export { apis } from './endpoints/api.js';
export type { Balance } from './endpoints/balance-schema.js';
export { balanceSchema } from './endpoints/balance-schema.js';
export {
  defaultMaxOutputTokens,
  estimateChatInputTokens,
  messageOverheadTokens,
} from './endpoints/chat-tokens.js';
export type { DescribeRequestOptions, RequestDescription } from './endpoints/describe-request.js';
export { describeRequest } from './endpoints/describe-request.js';
export type { Endpoint } from './endpoints/endpoints.js';
export { endpoints, findEndpoint } from './endpoints/endpoints.js';
export type { RequestOrder } from './endpoints/request-order.js';
export { requestOrder } from './endpoints/request-order.js';
export type { BalanceSummary } from './endpoints/summarize-balance.js';
export { summarizeBalance } from './endpoints/summarize-balance.js';
export type { ErrorCodeInfo, ErrorKind } from './error-codes/error-code-schema.js';
export {
  errorCodeSchema,
  errorCodesSchema,
  errorKindSchema,
  errorLimitSchema,
} from './error-codes/error-code-schema.js';
export { errorCodeInfo, errorCodes } from './error-codes/error-codes.js';
export { errorCodeOf, refusalOf } from './error-codes/refusals.js';
export { InvalidTableError } from './errors/invalid-table-error.js';
export { InvalidUsageError } from './errors/invalid-usage-error.js';
export { LimitNotFoundError } from './errors/limit-not-found-error.js';
export { MiniMaxKitError, maxMessageLength } from './errors/minimax-kit-error.js';
export { PlanCoverageError } from './errors/plan-coverage-error.js';
export { PlanPriceNotFoundError } from './errors/plan-price-not-found-error.js';
export { PlanWeightUnknownError } from './errors/plan-weight-unknown-error.js';
export { PriceNotFoundError } from './errors/price-not-found-error.js';
export { TelemetryOptionsError } from './errors/telemetry-options-error.js';
export { UnknownModelError } from './errors/unknown-model-error.js';
export { UnsupportedCombinationError } from './errors/unsupported-combination-error.js';
export { UnsupportedEndpointError } from './errors/unsupported-endpoint-error.js';
export { parseExactJson, stringifyExactJson, unsafeIntegerOf } from './json/exact-json.js';
export type { Limits, RateLimitRow, RateLimitTable } from './limits/rate-limit-schema.js';
export { limitsSchema, rateLimitRowSchema, rateLimitTableSchema } from './limits/rate-limit-schema.js';
export type { AccountTier, RateLimitQuery, RateLimits } from './limits/rate-limits.js';
export { findRateLimitRow, rateLimits, rateLimitTables, scopeLimits } from './limits/rate-limits.js';
export { findModel, modelsOf } from './models/find-model.js';
export type { ModelIndex } from './models/model-index.js';
export type { Modality, ModelInfo } from './models/model-schema.js';
export { modalitySchema, modelInfoSchema } from './models/model-schema.js';
export { models } from './models/models.js';
export type { Decimal } from './money/decimal.js';
export {
  addDecimalStrings,
  compareDecimals,
  formatDecimal,
  isDecimalString,
  multiplyDecimals,
  parseDecimal,
  shareOfDecimal,
  subtractDecimals,
  sumDecimals,
} from './money/decimal.js';
export type { ParamRule, RequestParam } from './params/param-rule.js';
export { paramDefault, requestParam, requestParams } from './params/request-params.js';
export type { CostEstimate, CostLine, EstimateCostOptions } from './pricing/estimate-cost.js';
export { estimateCost } from './pricing/estimate-cost.js';
export { loadPricing } from './pricing/load-pricing.js';
export type { LinePart } from './pricing/price-lines.js';
export type { PriceRow, PriceSource, SourceKind } from './pricing/price-row-schema.js';
export {
  dateSchema,
  priceRowSchema,
  priceSourceSchema,
  sourceKindSchema,
  textTierSchema,
} from './pricing/price-row-schema.js';
export type { PricingTable } from './pricing/pricing-schema.js';
export { pricingTableSchema } from './pricing/pricing-schema.js';
export { pricingTables } from './pricing/pricing-tables.js';
export { currencySchema, regionSchema } from './regions/region-schema.js';
export type { Currency, Region } from './regions/regions.js';
export { regionOfUrl, regions } from './regions/regions.js';
export { SseDecoderStream } from './sse/sse-decoder-stream.js';
export type { SseDecoderOptions, SseEvent } from './sse/sse-event.js';
export { SseParser } from './sse/sse-parser.js';
export type { TaskOutcome, TaskStatus } from './tasks/task-statuses.js';
export { taskOutcome, taskStatuses } from './tasks/task-statuses.js';
export { genAiOperation } from './telemetry/call-attributes.js';
export type { CallOutcome, CallTelemetry } from './telemetry/call-span.js';
export type { CallStart, GenAiTelemetry, OpenTelemetryApis } from './telemetry/open-telemetry.js';
export { openTelemetry } from './telemetry/open-telemetry.js';
export type {
  Attributes,
  AttributeValue,
  MetricsApiLike,
  SpanLike,
  TraceApiLike,
} from './telemetry/otel-like.js';
export { minimaxProvider, telemetryNames } from './telemetry/telemetry-names.js';
export type { SendReading, StreamObserver } from './telemetry/traced-send.js';
export { billingCharacters } from './text/billing-characters.js';
export { estimateTokens } from './text/estimate-tokens.js';
export { sleep } from './time/sleep.js';
export type { PlanComparison } from './token-plan/compare-plans.js';
export { comparePlans } from './token-plan/compare-plans.js';
export type { DailyQuotaUse } from './token-plan/daily-quota.js';
export { dailyQuotaUse } from './token-plan/daily-quota.js';
export { dailyQuotas } from './token-plan/daily-quotas.js';
export type { PeakState } from './token-plan/peak-hours.js';
export { isPeakHour, peakHours } from './token-plan/peak-hours.js';
export type { PlanCost, PlanMiss, PlanOption } from './token-plan/plan-option.js';
export { daysPerMonth } from './token-plan/plan-option.js';
export type { PlanPrice } from './token-plan/plan-price-schema.js';
export { planKindSchema, planPriceSchema } from './token-plan/plan-price-schema.js';
export { planPrices } from './token-plan/plan-prices.js';
export type { PlanPriceOptions } from './token-plan/plan-prices-at.js';
export { planPricesAt } from './token-plan/plan-prices-at.js';
export type { ChargeTarget, KeyType } from './token-plan/plan-rules.js';
export {
  chargeTarget,
  keyType,
  startOfPlanDay,
  startOfPlanWeek,
  weeklyCap,
} from './token-plan/plan-rules.js';
export type { MediaPerDay, PlanWorkload, TextCallsPerDay } from './token-plan/plan-workload.js';
export type { ModelRemain, TokenPlanRemains } from './token-plan/remains-schema.js';
export { modelRemainSchema, tokenPlanRemainsSchema } from './token-plan/remains-schema.js';
export type { QuotaStatus, QuotaSummary, QuotaWindow } from './token-plan/summarize-remains.js';
export { summarizeRemains } from './token-plan/summarize-remains.js';
export { isTextQuotaBucket, textQuotaBucket, textQuotaBuckets } from './token-plan/text-quota-bucket.js';
export { tokenPlan } from './token-plan/token-plan.js';
export type { PlanKind, TokenPlanOptions } from './token-plan/token-plan-requests.js';
export { tokenPlanRequests, tokenPlanRequestsExact } from './token-plan/token-plan-requests.js';
export type { PlanTier, TokenPlanRules } from './token-plan/token-plan-schema.js';
export { planTierSchema, tokenPlanSchema } from './token-plan/token-plan-schema.js';
export type { UpgradeCost } from './token-plan/upgrade-cost.js';
export { upgradeCost } from './token-plan/upgrade-cost.js';
export type {
  ImageModel,
  ImageUsage,
  LyricsUsage,
  MusicModel,
  MusicUsage,
  SpeechModel,
  SpeechUsage,
  TextModel,
  TextUsage,
  Usage,
  UsageKind,
  VideoMode,
  VideoModel,
  VideoResolution,
  VideoUsage,
  VlmUsage,
  VoiceUsage,
} from './usage/usage.js';
export { reportedUnits, usageFields } from './usage/usage-fields.js';
