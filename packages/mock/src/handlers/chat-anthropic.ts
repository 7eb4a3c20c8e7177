import type { Ctx, Handler } from '../context.js';
import { jsonResponse, sseEvent } from '../http/respond.js';
import { streamBody } from '../http/stream-body.js';
import { deltas } from '../text/generate-reply.js';
import { type ChatTurn, chatTurn, finishReason } from './chat-common.js';
import { fragments } from './chat-completion-message.js';
import { streamHeaders } from './chat-completions.js';

function parsedInput(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return {}; // arguments cut by max_tokens
  }
}

function blocks(ctx: Ctx, turn: ChatTurn) {
  const out: Record<string, unknown>[] = [];
  if (turn.reply.thinking)
    out.push({ type: 'thinking', thinking: turn.reply.thinking, signature: ctx.random.hex(64) });
  const call = turn.toolCall;
  if (call) out.push({ type: 'tool_use', id: call.id, name: call.name, input: parsedInput(call.arguments) });
  else out.push({ type: 'text', text: turn.reply.text });
  return out;
}

const stopReasons = { length: 'max_tokens', tool_calls: 'tool_use', stop: 'end_turn' } as const;
const stopReason = (turn: ChatTurn) => stopReasons[finishReason(turn)];

function blockEvents(
  emit: (type: string, data: Record<string, unknown>) => void,
  block: Record<string, unknown>,
  index: number,
  turn: ChatTurn,
) {
  if (block.type === 'tool_use') {
    emit('content_block_start', { index, content_block: { ...block, input: {} } });
    for (const piece of fragments(turn.toolCall?.arguments ?? ''))
      emit('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: piece } });
    emit('content_block_stop', { index });
    return;
  }
  const thinking = block.type === 'thinking';
  emit('content_block_start', {
    index,
    content_block: thinking ? { type: 'thinking', thinking: '', signature: '' } : { type: 'text', text: '' },
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
}

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
    blockEvents(emit, block, index, turn);
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
  const turn = chatTurn(ctx, { native: false, anthropic: true, requireMaxTokens: true });
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
