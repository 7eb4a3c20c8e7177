import { invalidParams } from '../../http/mock-api-error.js';

/** A tool's answer the conversation hands back to the model. */
export interface ToolResult {
  name: string;
  text: string;
}

/** What the model answers to: the last turn's text, and the tool results that end the conversation. */
export interface Conversation {
  /** The text of the last message when it is the user's (empty when it carries only tool results). */
  lastUserText: string;
  /** The tool results at the end of the conversation, in order; empty when the user spoke last. */
  results: ToolResult[];
}

type Message = { role?: unknown; content?: unknown; tool_calls?: unknown; tool_call_id?: unknown };
type Block = {
  type?: unknown;
  text?: unknown;
  id?: unknown;
  name?: unknown;
  tool_use_id?: unknown;
  content?: unknown;
};

const blocksOf = (content: unknown): Block[] =>
  Array.isArray(content) ? content.filter((part) => typeof part === 'object' && part !== null) : [];

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  return blocksOf(content)
    .map((part) => (typeof part.text === 'string' ? part.text : ''))
    .join('');
}

/**
 * Reads the conversation as the model would, checking that every tool result answers a tool call
 * of an earlier assistant turn (OpenAI `tool` messages by `tool_call_id`, Anthropic `tool_result`
 * blocks by `tool_use_id`); a result without its call is a 2013 naming the message.
 */
export function readConversation(messages: unknown[], anthropic: boolean): Conversation {
  const calls = new Map<string, string>();
  let results: ToolResult[] = [];
  let lastUserText = '';
  messages.forEach((raw, index) => {
    const message = (raw ?? {}) as Message;
    if (message.role === 'assistant') {
      results = [];
      lastUserText = '';
      for (const call of Array.isArray(message.tool_calls) ? message.tool_calls : []) {
        const { id, function: fn } = (call ?? {}) as { id?: unknown; function?: { name?: unknown } };
        if (typeof id === 'string') calls.set(id, String(fn?.name ?? ''));
      }
      for (const block of blocksOf(message.content))
        if (block.type === 'tool_use' && typeof block.id === 'string')
          calls.set(block.id, String(block.name));
      return;
    }
    if (message.role === 'tool') {
      const id = message.tool_call_id;
      const name = typeof id === 'string' ? calls.get(id) : undefined;
      if (name === undefined)
        invalidParams(`messages[${index}].tool_call_id '${String(id)}' answers no earlier tool call`);
      results.push({ name, text: textOf(message.content) });
      return;
    }
    if (message.role !== 'user') return;
    const blocks = blocksOf(message.content);
    const answered = blocks.filter((block) => block.type === 'tool_result');
    answered.forEach((block) => {
      const name = typeof block.tool_use_id === 'string' ? calls.get(block.tool_use_id) : undefined;
      if (name === undefined)
        invalidParams(
          `messages[${index}].content[${blocks.indexOf(block)}].tool_use_id '${String(block.tool_use_id)}' answers no earlier tool_use`,
        );
      results.push({ name, text: textOf(block.content) });
    });
    if (answered.length === 0 || !anthropic) {
      results = [];
      lastUserText = textOf(message.content);
    } else {
      lastUserText = '';
    }
  });
  return { lastUserText, results };
}
