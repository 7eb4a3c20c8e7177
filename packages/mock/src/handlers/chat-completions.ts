import type { Ctx, Handler } from '../context.js';
import { jsonResponse, sseEvent, utf8 } from '../http/respond.js';
import { streamBody } from '../http/stream-body.js';
import { deltas } from '../text/generate-reply.js';
import { type ChatTurn, chatTurn, created } from './chat-common.js';

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

/** How the answer's thinking travels: inside `<think>` in content, in `reasoning_details`, or in `reasoning_content`. */
type ThinkingStyle = 'inline' | 'details' | 'content-field';

function message(turn: ChatTurn, style: ThinkingStyle) {
  const { thinking, text } = turn.reply;
  if (!thinking) return { role: 'assistant', content: text };
  if (style === 'inline') return { role: 'assistant', content: `<think>\n${thinking}\n</think>\n\n${text}` };
  if (style === 'details') {
    return {
      role: 'assistant',
      content: text,
      reasoning_details: [
        {
          type: 'reasoning.text',
          id: 'reasoning-text-1',
          format: 'MiniMax-response-v1',
          index: 0,
          text: thinking,
        },
      ],
    };
  }
  return {
    role: 'assistant',
    name: 'MiniMax AI',
    content: text,
    audio_content: '',
    reasoning_content: thinking,
  };
}

function streamDeltas(turn: ChatTurn, style: ThinkingStyle): Record<string, unknown>[] {
  const { thinking, text } = turn.reply;
  const out: Record<string, unknown>[] = [];
  if (thinking && style === 'inline')
    out.push(...deltas(`<think>\n${thinking}\n</think>\n\n`).map((content) => ({ content })));
  if (thinking && style === 'details') {
    out.push(
      ...deltas(thinking).map((piece) => ({
        reasoning_details: [
          {
            type: 'reasoning.text',
            id: 'reasoning-text-1',
            format: 'MiniMax-response-v1',
            index: 0,
            text: piece,
          },
        ],
      })),
    );
  }
  if (thinking && style === 'content-field')
    out.push(...deltas(thinking).map((reasoning_content) => ({ reasoning_content })));
  out.push(...deltas(text).map((content) => ({ content })));
  if (out.length === 0) out.push({ content: '' });
  const first = out[0] as Record<string, unknown>;
  first.role = 'assistant';
  return out;
}

function respond(ctx: Ctx, turn: ChatTurn, native: boolean, release: () => void): Response {
  const style: ThinkingStyle = native
    ? 'content-field'
    : ctx.body.reasoning_split === true
      ? 'details'
      : 'inline';
  const base = { id: ctx.traceId, created: created(ctx), model: turn.model };
  const finish = turn.reply.finishReason;
  if (ctx.body.stream !== true) {
    release();
    return jsonResponse(
      {
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, finish_reason: finish, message: message(turn, style) }],
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
  const pieces = streamDeltas(turn, style);
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
