import type { CallCost } from '../cost/cost-of-call.js';
import type { Api } from '../endpoints/api.js';
import type { RequestOrder } from '../endpoints/request-order.js';
import { stringArgument } from '../errors/check-argument.js';
import type { Usage } from '../usage/usage.js';
import type { Attributes } from './otel-like.js';
import { minimaxProvider, telemetryNames as n } from './telemetry-names.js';

// The MiniMax APIs whose `create` generates content: speech, video, images, music, lyrics, voices,
// and the Token Plan's image understanding.
const generates: ReadonlySet<Api> = new Set<Api>([
  't2a',
  't2a-async',
  'video',
  'image',
  'music',
  'lyrics',
  'voice-clone',
  'voice-design',
  'vlm',
]);

/**
 * The `gen_ai.operation.name` of a MiniMax call: `chat` for every chat wire format,
 * `generate_content` for the APIs that make speech, video, images, music and voices, `retrieval`
 * for the Token Plan's web search. Calls the conventions have no name for (status queries, files,
 * voice lists, quota) get `{api}.{operation}`, such as `video.query`.
 */
export function genAiOperation(api: Api, operation: string): string {
  stringArgument(api, 'api', 'pass an API such as "chat" or "video"');
  stringArgument(operation, 'operation', 'pass an operation such as "create" or "query"');
  if (api === 'chat') return 'chat';
  if (operation === 'create' && generates.has(api)) return 'generate_content';
  if (api === 'search' && operation === 'create') return 'retrieval';
  return `${api}.${operation}`;
}

/** A call's span name and what is known of it before it is sent: operation, model, server, limits. */
export function requestAttributes(
  description: RequestOrder,
  url: URL,
  planRequests: number,
): { name: string; attributes: Attributes; metric: Attributes } {
  const operation = genAiOperation(description.api, description.operation);
  const port = url.port === '' ? (url.protocol === 'http:' ? 80 : 443) : Number(url.port);
  const metric: Attributes = {
    [n.operation]: operation,
    [n.provider]: minimaxProvider,
    ...(description.model ? { [n.requestModel]: description.model } : {}),
    [n.serverAddress]: url.hostname,
    [n.serverPort]: port,
  };
  const attributes: Attributes = {
    ...metric,
    [n.api]: description.api,
    ...(description.maxOutputTokens === undefined ? {} : { [n.maxTokens]: description.maxOutputTokens }),
    ...(description.stream ? { [n.stream]: true } : {}),
    ...(description.scope ? { [n.scope]: description.scope } : {}),
    ...(planRequests > 0 ? { [n.planRequests]: planRequests } : {}),
  };
  const name = description.model ? `${operation} ${description.model}` : operation;
  return { name, attributes, metric };
}

/**
 * The token counts of a usage, as the conventions count them: `gen_ai.usage.input_tokens` includes
 * cache reads and writes (which core's `TextUsage` keeps apart).
 */
export function tokenAttributes(usage: Usage | undefined): Attributes {
  if (usage?.kind !== 'text') return {};
  const read = usage.cacheReadTokens ?? 0;
  const written = usage.cacheWriteTokens ?? 0;
  return {
    [n.inputTokens]: usage.inputTokens + read + written,
    [n.outputTokens]: usage.outputTokens,
    ...(read ? { [n.cacheReadTokens]: read } : {}),
    ...(written ? { [n.cacheWriteTokens]: written } : {}),
  };
}

/** A call's cost: `gen_ai.usage.cost` as a number, with its currency and the exact decimal string. */
export function costAttributes(cost: CallCost | undefined): Attributes {
  if (!cost) return {};
  if (!cost.priced) return { [n.costUnpriced]: cost.reason };
  return { [n.cost]: Number(cost.total), [n.costCurrency]: cost.currency, [n.costTotal]: cost.total };
}

/**
 * The `error.type` of a failed call, low in cardinality: MiniMax's error code when it answered with
 * one (`"1002"`), else the HTTP status of an error answer (`"502"`), else the error's class name
 * (`TimeoutError`, `BudgetExceededError`, `TypeError` …), else `_OTHER`.
 */
export function errorType(error: unknown, answer: { status?: number; code?: number } = {}): string {
  const details = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    httpStatus?: unknown;
    name?: unknown;
  };
  // A DOMException's numeric `code` is a legacy constant (20 for every abort), not MiniMax's.
  const legacy = globalThis.DOMException !== undefined && error instanceof globalThis.DOMException;
  const code = answer.code ?? (legacy ? undefined : details.code);
  if (typeof code === 'number') return String(code);
  const status = answer.status !== undefined && answer.status >= 400 ? answer.status : details.httpStatus;
  if (typeof status === 'number') return String(status);
  return typeof details.name === 'string' && details.name !== '' ? details.name : '_OTHER';
}
