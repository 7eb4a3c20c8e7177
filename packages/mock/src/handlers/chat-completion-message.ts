import { deltas } from '../text/generate-reply.js';
import type { ChatTurn } from './chat-common.js';

/** How the answer's thinking travels: inside `<think>` in content, in `reasoning_details`, or in `reasoning_content`. */
export type ThinkingStyle = 'inline' | 'details' | 'content-field';

const detail = (text: string) => ({
  type: 'reasoning.text',
  id: 'reasoning-text-1',
  format: 'MiniMax-response-v1',
  index: 0,
  text,
});

/** A JSON text in stream fragments of about 16 characters, as models stream tool arguments. */
export const fragments = (text: string) => text.match(/[\s\S]{1,16}/g) ?? [];

/** The `choices[0].message` of a whole answer. */
export function completionMessage(turn: ChatTurn, style: ThinkingStyle) {
  const { thinking } = turn.reply;
  const call = turn.toolCall;
  const text = call ? '' : turn.reply.text;
  const tools = call
    ? {
        tool_calls: [
          { id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } },
        ],
      }
    : {};
  const content = text === '' && call ? null : text;
  if (!thinking) return { role: 'assistant', content, ...tools };
  if (style === 'inline')
    return { role: 'assistant', content: `<think>\n${thinking}\n</think>\n\n${text}`, ...tools };
  if (style === 'details')
    return { role: 'assistant', content, reasoning_details: [detail(thinking)], ...tools };
  return {
    role: 'assistant',
    name: 'MiniMax AI',
    content,
    audio_content: '',
    reasoning_content: thinking,
    ...tools,
  };
}

/** The `delta`s of a streamed answer: thinking, then text or a tool call's name and argument fragments. */
export function completionDeltas(turn: ChatTurn, style: ThinkingStyle): Record<string, unknown>[] {
  const { thinking, text } = turn.reply;
  const call = turn.toolCall;
  const out: Record<string, unknown>[] = [];
  if (thinking && style === 'inline')
    out.push(...deltas(`<think>\n${thinking}\n</think>\n\n`).map((content) => ({ content })));
  if (thinking && style === 'details')
    out.push(...deltas(thinking).map((piece) => ({ reasoning_details: [detail(piece)] })));
  if (thinking && style === 'content-field')
    out.push(...deltas(thinking).map((reasoning_content) => ({ reasoning_content })));
  if (call) {
    out.push({
      tool_calls: [{ index: 0, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }],
    });
    for (const piece of fragments(call.arguments))
      out.push({ tool_calls: [{ index: 0, function: { arguments: piece } }] });
  } else {
    out.push(...deltas(text).map((content) => ({ content })));
  }
  if (out.length === 0) out.push({ content: '' });
  const first = out[0] as Record<string, unknown>;
  first.role = 'assistant';
  return out;
}
