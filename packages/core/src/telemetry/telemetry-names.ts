/**
 * Every name minimax-kit's telemetry emits: OpenTelemetry's GenAI semantic conventions as of
 * https://github.com/open-telemetry/semantic-conventions/tree/v1.41.1/docs/gen-ai (the last release
 * to hold them; they now live in open-telemetry/semantic-conventions-genai; read 2026-12-02), the
 * de-facto `gen_ai.usage.cost`, and minimax-kit's own under `minimax_kit.`.
 */
export const telemetryNames = /* @__PURE__ */ Object.freeze({
  operation: 'gen_ai.operation.name',
  provider: 'gen_ai.provider.name',
  requestModel: 'gen_ai.request.model',
  maxTokens: 'gen_ai.request.max_tokens',
  temperature: 'gen_ai.request.temperature',
  topP: 'gen_ai.request.top_p',
  stream: 'gen_ai.request.stream',
  responseId: 'gen_ai.response.id',
  responseModel: 'gen_ai.response.model',
  finishReasons: 'gen_ai.response.finish_reasons',
  timeToFirstChunk: 'gen_ai.response.time_to_first_chunk',
  inputTokens: 'gen_ai.usage.input_tokens',
  outputTokens: 'gen_ai.usage.output_tokens',
  cacheReadTokens: 'gen_ai.usage.cache_read.input_tokens',
  cacheWriteTokens: 'gen_ai.usage.cache_creation.input_tokens',
  /** Not in the conventions; the name OpenLIT and others use. A number, in `costCurrency`. */
  cost: 'gen_ai.usage.cost',
  tokenType: 'gen_ai.token.type',
  serverAddress: 'server.address',
  serverPort: 'server.port',
  errorType: 'error.type',
  /** The ISO 4217 code of `gen_ai.usage.cost` (USD for global, CNY for cn): prices are never converted. */
  costCurrency: 'minimax_kit.cost.currency',
  /** The exact decimal string core priced, where `gen_ai.usage.cost` is a float. */
  costTotal: 'minimax_kit.cost.total',
  /** Why a call has no cost: an unknown model, an answer without usage … */
  costUnpriced: 'minimax_kit.cost.unpriced_reason',
  /** The MiniMax API (`chat`, `t2a`, `video` …), where the operation name alone is ambiguous. */
  api: 'minimax_kit.api',
  /** The `Trace-Id` MiniMax answered with: quote it to MiniMax. */
  traceId: 'minimax_kit.response.trace_id',
  /** Token Plan requests the call draws on (5-hour window and weekly cap), for `sk-cp-` keys. */
  planRequests: 'minimax_kit.token_plan.requests',
  /** How long the limiter held the call before letting it through. */
  waitedMs: 'minimax_kit.limiter.waited_ms',
  /** The limit that made a call wait (`rpm:text:MiniMax-M2`, `plan:window`, `budget:daily` …). */
  waitedOn: 'minimax_kit.limiter.waited_on',
  /** The rate-limit scope the call counts against (`text:MiniMax-M2`, `t2a` …). */
  scope: 'minimax_kit.limiter.scope',
  /** How a call through `limitFetch` ended (`ok`, `http-error`, `cancelled` …; see `CallEnd`). */
  ended: 'minimax_kit.call.ended',
  waitEvent: 'minimax_kit.limiter.wait',
  rejectedEvent: 'minimax_kit.limiter.rejected',
  durationMetric: 'gen_ai.client.operation.duration',
  tokenMetric: 'gen_ai.client.token.usage',
  costMetric: 'minimax_kit.cost',
  planMetric: 'minimax_kit.token_plan.requests',
  waitMetric: 'minimax_kit.limiter.wait.duration',
  rejectionMetric: 'minimax_kit.limiter.rejections',
});

/**
 * The `gen_ai.provider.name` of MiniMax. The conventions list no well-known value for it, so this
 * is the lowercase name they allow for others (as `deepseek`, `groq`).
 */
export const minimaxProvider = 'minimax';
