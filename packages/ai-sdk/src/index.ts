export type { MiniMaxKitCallOptions } from './call-options.js';
export { DoubleLimitError } from './errors/double-limit-error.js';
export { MiddlewareOptionsError } from './errors/middleware-options-error.js';
export { MiniMaxBudgetError } from './errors/minimax-budget-error.js';
export { RegionMismatchError } from './errors/region-mismatch-error.js';
export type { UnsupportedModelReason } from './errors/unsupported-model-error.js';
export { UnsupportedModelError } from './errors/unsupported-model-error.js';
export type { MiniMaxKitMiddlewareOptions } from './middleware-options.js';
export type { MiniMaxKitMiddleware } from './minimax-kit-middleware.js';
export { minimaxKitMiddleware } from './minimax-kit-middleware.js';
export type {
  CallOptionsLike,
  GenerateResultLike,
  LanguageModelLike,
  StreamResultLike,
  UsageLike,
} from './model-shapes.js';
export type { BudgetReport, CallReport } from './settle/call-report.js';
