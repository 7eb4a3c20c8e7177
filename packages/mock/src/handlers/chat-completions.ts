import type { Ctx, Handler } from '../context.js';
import { jsonResponse, sseEvent, utf8 } from '../http/respond.js';
import { streamBody } from '../http/stream-body.js';
import { type ChatTurn, chatTurn, created, finishReason } from './chat-common.js';
import { completionDeltas, completionMessage, type ThinkingStyle } from './chat-completion-message.js';

const ok = { status_code: 0, status_msg: '' };

function usageOf(turn: ChatTurn) {
  return {
    prompt_tokens: turn.inputTokens,
    completion_tokens: turn.reply.outputTokens,
    total_tokens: turn.inputTokens + turn.reply.outputTokens,
    total_characters: 0,
    completion_tokens_details: { reasoning_tokens: turn.reply.reasoningTokens },
  };
}

function respond(ctx: Ctx, turn: ChatTurn, native: boolean, release: () => void): Response {
  const style: ThinkingStyle = native
    ? 'content-field'
    : ctx.body.reasoning_split === true
      ? 'details'
      : 'inline';
  const base = { id: ctx.traceId, created: created(ctx), model: turn.model };
  const finish = finishReason(turn);
  if (ctx.body.stream !== true) {
    release();
    return jsonResponse(
      {
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, finish_reason: finish, message: completionMessage(turn, style) }],
        usage: usageOf(turn),
        input_sensitive: false,
        output_sensitive: false,
        input_sensitive_type: 0,
        output_sensitive_type: 0,
        output_sensitive_int: 0,
        base_resp: ok,
      },
      ctx.traceId,
    );
  }
  const pieces = completionDeltas(turn, style);
  const events = pieces.map((delta, index) =>
    sseEvent({
      ...base,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, finish_reason: index === pieces.length - 1 ? finish : null }],
    }),
  );
  // MiniMax ends a stream with a usage-only chunk whose choices are empty, then [DONE].
  events.push(
    sseEvent({
      ...base,
      object: 'chat.completion.chunk',
      choices: [],
      usage: usageOf(turn),
      ...(native ? { base_resp: ok } : {}),
    }),
  );
  events.push(utf8('data: [DONE]\n\n'));
  const { runtime, request, fault } = ctx;
  const body = streamBody(events, {
    signal: request.signal,
    sleep: runtime.sleep,
    intervalMs: runtime.options.streamIntervalMs ?? 0,
    ...(fault ? { fault } : {}),
    onEnd: release,
  });
  return new Response(body, { headers: streamHeaders(ctx.traceId) });
}

/** Headers of a server-sent event stream. */
export function streamHeaders(traceId: string): Headers {
  return new Headers({
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'trace-id': traceId,
    'access-control-allow-origin': '*',
    'access-control-expose-headers': '*',
  });
}

/** `POST /v1/chat/completions`, the OpenAI-compatible endpoint. */
export const openaiChat: Handler = (ctx) => {
  const turn = chatTurn(ctx, { native: false });
  return {
    tokens: turn.inputTokens + turn.reply.outputTokens,
    usage: turn.usage,
    respond: (release) => respond(ctx, turn, false, release),
  };
};

/** `POST /v1/text/chatcompletion_v2`, MiniMax's native chat endpoint. */
export const nativeChat: Handler = (ctx) => {
  const turn = chatTurn(ctx, { native: true });
  return {
    tokens: turn.inputTokens + turn.reply.outputTokens,
    usage: turn.usage,
    respond: (release) => respond(ctx, turn, true, release),
  };
};
