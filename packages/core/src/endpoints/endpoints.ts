import { deepFreeze } from '../data/deep-freeze.js';
import { stringArgument } from '../errors/check-argument.js';
import type { Api } from './api.js';

/** One MiniMax HTTP endpoint and what calling it means. */
export interface Endpoint {
  method: 'GET' | 'POST';
  path: string;
  api: Api;
  /** A short name for what the call does (`create`, `query`, `list` …). */
  operation: string;
  /** Starts billable work that must never be sent twice blindly (video, async speech, music, voice, image). */
  createsJob?: true;
  /** Runs a task that holds a concurrent slot (CONN) until it ends. */
  holdsSlot?: true;
}

const e = (
  method: Endpoint['method'],
  path: string,
  api: Api,
  operation: string,
  flags: Partial<Endpoint> = {},
) => ({
  method,
  path,
  api,
  operation,
  ...flags,
});
const job = { createsJob: true } as const;

/** Every MiniMax endpoint minimax-kit understands (see the MiniMax API reference). */
export const endpoints: readonly Endpoint[] = /* @__PURE__ */ deepFreeze([
  e('POST', '/v1/text/chatcompletion_v2', 'chat', 'native'),
  e('POST', '/v1/chat/completions', 'chat', 'openai'),
  e('POST', '/anthropic/v1/messages', 'chat', 'anthropic'),
  e('POST', '/v1/t2a_v2', 't2a', 'create'),
  e('POST', '/v1/t2a_async_v2', 't2a-async', 'create', job),
  e('GET', '/v1/query/t2a_async_query_v2', 't2a-async', 'query'),
  e('POST', '/v1/get_voice', 'voice-list', 'list'),
  e('POST', '/v1/voice_clone', 'voice-clone', 'create', job),
  e('POST', '/v1/voice_design', 'voice-design', 'create', job),
  e('POST', '/v1/files/upload', 'files', 'upload'),
  e('GET', '/v1/files/retrieve', 'files', 'retrieve'),
  e('GET', '/v1/files/retrieve_content', 'files', 'content'),
  e('GET', '/v1/files/list', 'files', 'list'),
  e('POST', '/v1/files/delete', 'files', 'delete'),
  e('POST', '/v1/video_generation', 'video', 'create', { ...job, holdsSlot: true }),
  e('GET', '/v1/query/video_generation', 'video', 'query'),
  e('POST', '/v1/image_generation', 'image', 'create', job),
  e('POST', '/v1/music_generation', 'music', 'create', { ...job, holdsSlot: true }),
  e('POST', '/v1/music_cover_preprocess', 'music', 'cover-preprocess'),
  e('POST', '/v1/lyrics_generation', 'lyrics', 'create'),
  e('GET', '/v1/token_plan/remains', 'quota', 'retrieve'),
  e('GET', '/v1/coding_plan/remains', 'quota', 'retrieve'),
  e('GET', '/v1/api/openplatform/coding_plan/remains', 'quota', 'retrieve'),
  e('POST', '/v1/coding_plan/vlm', 'vlm', 'create'),
  e('POST', '/v1/coding_plan/search', 'search', 'create'),
  // Pay-as-you-go keys only; MiniMax's own CLI sends Token Plan keys to /remains instead.
  e('GET', '/account/query_balance', 'account', 'balance'),
]);

// Longest paths first, so `/v1/api/openplatform/coding_plan/remains` wins over a shorter suffix.
const bySuffix = [...endpoints].sort((a, b) => b.path.length - a.path.length);

/** The endpoint a method and URL path address; the path may carry a proxy prefix (`/api/minimax/v1/…`). */
export function findEndpoint(method: string, pathname: string): Endpoint | undefined {
  const upper = stringArgument(method, 'method', 'pass an HTTP method such as "POST"').toUpperCase();
  const path = stringArgument(pathname, 'pathname', 'pass a URL path such as "/v1/chat/completions"').replace(
    /\/+$/,
    '',
  );
  return bySuffix.find((endpoint) => endpoint.method === upper && path.endsWith(endpoint.path));
}
