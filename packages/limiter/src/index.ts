export type { CallTelemetry, GenAiTelemetry, OpenTelemetryApis } from '@minimax-kit/core';
export { openTelemetry, TelemetryOptionsError } from '@minimax-kit/core';
export type { Budget, BudgetPeriod, BudgetUsage } from './budgets/budget-options.js';
export type {
  AcquireOptions,
  Lease,
  Limiter,
  LimiterOptions,
  LimiterSnapshot,
  TryResult,
} from './create-limiter.js';
export { createLimiter } from './create-limiter.js';
export type { Demand, DemandOfOptions } from './demand.js';
export { demandOf } from './demand.js';
export type { BudgetRefusal } from './errors/budget-exceeded-error.js';
export { BudgetExceededError } from './errors/budget-exceeded-error.js';
export { DemandTooLargeError } from './errors/demand-too-large-error.js';
export { InvalidDemandError } from './errors/invalid-demand-error.js';
export { InvalidRemainsError } from './errors/invalid-remains-error.js';
export { LimiterClosedError } from './errors/limiter-closed-error.js';
export { LimiterOptionsError } from './errors/limiter-options-error.js';
export { UnknownScopeError } from './errors/unknown-scope-error.js';
export { UnpricedRequestError } from './errors/unpriced-request-error.js';
export type { FetchLike, LimitFetchOptions } from './fetch/limit-fetch.js';
export { limitFetch } from './fetch/limit-fetch.js';
export { limiterOfFetch } from './fetch/limiter-of-fetch.js';
export type { Ledger, LedgerJson, LedgerOptions } from './ledger/create-ledger.js';
export { createLedger } from './ledger/create-ledger.js';
export { ledgerColumns } from './ledger/ledger-csv.js';
export type { LedgerGroup, LedgerTotal } from './ledger/ledger-totals.js';
export type { LimitConfig, PlanLimits } from './limit-config.js';
export { dimensionsOf, limitsOf } from './limits.js';
export type { CallEnd, CallRecord, OnRecord } from './record/call-record.js';
export type { RecordOptions } from './record/recorder.js';
export type { BudgetDimension, Decision, Dimension } from './state/dimension.js';
export type { BrowserStoreOptions } from './stores/browser-store.js';
export { browserStore } from './stores/browser-store.js';
export type { MemoryStoreOptions } from './stores/memory-store.js';
export { memoryStore } from './stores/memory-store.js';
export type { DimensionUsage, LimiterStore } from './stores/store.js';
