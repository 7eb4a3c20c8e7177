import type { PromptMessageLike } from '../model-shapes.js';

type Part = { type?: unknown; text?: unknown; input?: unknown; output?: unknown };

const json = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

// What of a part the model reads as tokens. Files (images, documents) are not estimated: the
// settled usage counts them, the reservation does not.
function partText(part: Part): string {
  switch (part.type) {
    case 'text':
    case 'reasoning':
      return typeof part.text === 'string' ? part.text : '';
    case 'tool-call':
      return json(part.input);
    case 'tool-result': {
      const output = part.output as { value?: unknown; reason?: unknown } | undefined;
      return json(output?.value ?? output?.reason ?? '');
    }
    default:
      return '';
  }
}

/**
 * A call's prompt as the chat messages `@minimax-kit/core` estimates tokens for (`{ role, content }`
 * with the text of every part): the estimate `limitFetch` makes from a request body, made from the call itself.
 */
export function promptMessages(prompt: readonly PromptMessageLike[]): { role: string; content: string }[] {
  return prompt.map(({ role, content }) => ({
    role,
    content: Array.isArray(content)
      ? content.map((part: Part) => partText(part ?? {})).join('')
      : json(content),
  }));
}
