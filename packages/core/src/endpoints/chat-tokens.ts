import { objectArgument } from '../errors/check-argument.js';
import { estimateTokens } from '../text/estimate-tokens.js';

/** Tokens reserved for each message's role and framing, on top of its text. */
export const messageOverheadTokens = 4;

/** Output tokens reserved when a chat request sets no limit (MiniMax's text-chat page gives 2048). */
export const defaultMaxOutputTokens = 2048;

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(textOf).join('');
  if (typeof content === 'object' && content !== null) {
    const part = content as Record<string, unknown>;
    if (typeof part.text === 'string') return part.text;
    if (typeof part.thinking === 'string') return part.thinking;
    if ('content' in part) return textOf(part.content);
    if ('input' in part) return JSON.stringify(part.input);
  }
  return '';
}

/**
 * Estimates the input tokens of an OpenAI-, Anthropic- or native-format chat body: every message's
 * text (with `estimateTokens`) plus a small overhead per message, the system prompt and tool schemas.
 */
export function estimateChatInputTokens(body: Record<string, unknown>): number {
  objectArgument(body, 'body', 'pass a chat request body such as { model, messages }');
  const messages = Array.isArray(body.messages) ? body.messages : [];
  let tokens = 0;
  for (const message of messages) {
    tokens += messageOverheadTokens + estimateTokens(textOf((message as Record<string, unknown>)?.content));
  }
  if (body.system !== undefined) tokens += messageOverheadTokens + estimateTokens(textOf(body.system));
  if (body.tools !== undefined) tokens += estimateTokens(JSON.stringify(body.tools));
  return tokens;
}
