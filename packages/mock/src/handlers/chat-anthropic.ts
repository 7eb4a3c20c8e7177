import type { Ctx, Handler } from '../context.js';
import { jsonResponse, sseEvent } from '../http/respond.js';
import { streamBody } from '../http/stream-body.js';
import { deltas } from '../text/generate-reply.js';
import { type ChatTurn, chatTurn } from './chat-common.js';
import { streamHeaders } from './chat-completions.js';

function blocks(ctx: Ctx, turn: ChatTurn) {
  const out: Record<string, unknown>[] = [];
  if (turn.reply.thinking)
    out.push({ type: 'thinking', thinking: turn.reply.thinking, signature: ctx.random.hex(64) });
  out.push({ type: 'text', text: turn.reply.text });
  return out;
}

const stopReason = (turn: ChatTurn) => (turn.reply.finishReason === 'length' ? 'max_tokens' : 'end_turn');

function streamEvents(ctx: Ctx, turn: ChatTurn, id: string): Uint8Array[] {
  const events: Uint8Array[] = [];
  const emit = (type: string, data: Record<string, unknown>) =>
    events.push(sseEvent({ type, ...data }, type));
  emit('message_start', {
    message: {
      id,
      type: 'message',
      role: 'assistant',
      model: turn.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: turn.inputTokens, output_tokens: 1 },
    },
  });
  blocks(ctx, turn).forEach((block, index) => {
    const thinking = block.type === 'thinking';
    emit('content_block_start', {
      index,
      content_block: thinking
        ? { type: 'thinking', thinking: '', signature: '' }
        : { type: 'text', text: '' },
    });
    for (const piece of deltas(String(thinking ? block.thinking : block.text))) {
      emit('content_block_delta', {
        index,
        delta: thinking ? { type: 'thinking_delta', thinking: piece } : { type: 'text_delta', text: piece },
      });
    }
    if (thinking)
      emit('content_block_delta', { index, delta: { type: 'signature_delta', signature: block.signature } });
    emit('content_block_stop', { index });
  });
  emit('message_delta', {
    delta: { stop_reason: stopReason(turn), stop_sequence: null },
    usage: { output_tokens: turn.reply.outputTokens },
  });
  emit('message_stop', {});
  return events;
}

/** `POST /anthropic/v1/messages`, the Anthropic-compatible endpoint. */
export const anthropicMessages: Handler = (ctx) => {
  const turn = chatTurn(ctx, { native: false, requireMaxTokens: true });
  return {
    tokens: turn.inputTokens + turn.reply.outputTokens,
    usage: turn.usage,
    respond(release) {
      const id = `msg_${ctx.traceId.slice(0, 24)}`;
      if (ctx.body.stream !== true) {
        release();
        return jsonResponse(
          {
            id,
            type: 'message',
            role: 'assistant',
            model: turn.model,
            content: blocks(ctx, turn),
            stop_reason: stopReason(turn),
            stop_sequence: null,
            usage: { input_tokens: turn.inputTokens, output_tokens: turn.reply.outputTokens },
          },
          ctx.traceId,
        );
      }
      const body = streamBody(streamEvents(ctx, turn, id), {
        signal: ctx.request.signal,
        sleep: ctx.runtime.sleep,
        intervalMs: ctx.runtime.options.streamIntervalMs ?? 0,
        ...(ctx.fault ? { fault: ctx.fault } : {}),
        onEnd: release,
      });
      return new Response(body, { headers: streamHeaders(ctx.traceId) });
    },
  };
};
