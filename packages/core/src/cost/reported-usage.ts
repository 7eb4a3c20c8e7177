import type { RequestOrder } from '../endpoints/request-order.js';
import { objectArgument } from '../errors/check-argument.js';
import { valueAt as at } from '../json/value-at.js';
import { taskOutcome } from '../tasks/task-statuses.js';
import type { Usage } from '../usage/usage.js';
import { usageFields } from '../usage/usage-fields.js';

// A count a server reported; anything else (strings, negatives, fractions) is none.
const whole = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

/**
 * The tokens a chat answer reports, split the way prices are: OpenAI-compatible and native answers
 * count cached tokens inside `prompt_tokens` (`prompt_tokens_details.cached_tokens`); Anthropic-style
 * answers report input, cache reads and cache writes apart.
 */
function textUsage(model: string, answer: unknown): Usage | undefined {
  const input = whole(at(answer, 'usage.input_tokens'));
  const output = whole(at(answer, 'usage.output_tokens'));
  if (input !== undefined || output !== undefined) {
    const cacheRead = whole(at(answer, 'usage.cache_read_input_tokens')) ?? 0;
    const cacheWrite = whole(at(answer, 'usage.cache_creation_input_tokens')) ?? 0;
    return {
      kind: 'text',
      model,
      inputTokens: input ?? 0,
      outputTokens: output ?? 0,
      ...(cacheRead ? { cacheReadTokens: cacheRead } : {}),
      ...(cacheWrite ? { cacheWriteTokens: cacheWrite } : {}),
    };
  }
  const prompt = whole(at(answer, 'usage.prompt_tokens'));
  const completion = whole(at(answer, 'usage.completion_tokens'));
  if (prompt === undefined || completion === undefined) return undefined;
  const cached = Math.min(whole(at(answer, 'usage.prompt_tokens_details.cached_tokens')) ?? 0, prompt);
  return {
    kind: 'text',
    model,
    inputTokens: prompt - cached,
    outputTokens: completion,
    ...(cached ? { cacheReadTokens: cached } : {}),
  };
}

function reportedCharacters(answer: unknown): number | undefined {
  for (const path of usageFields.characters) {
    const characters = whole(at(answer, path));
    if (characters !== undefined) return characters;
  }
  return undefined;
}

/**
 * What one MiniMax call used, as MiniMax reported it in `answer` (a JSON answer, or the usage a
 * stream carried): tokens for chat, billing characters for speech, images made. Where the answer
 * reports nothing but the request fixes the work exactly (speech text, a song, lyrics, a voice),
 * the request's own usage. `undefined` when neither says, e.g. a chat answer without usage.
 * A video is not handled here: it is charged only once its task succeeds (see `costOfCall`).
 */
export function reportedUsage(description: RequestOrder, answer: unknown): Usage | undefined {
  const ordered = objectArgument(description, 'description', 'pass what requestOrder() returned').usage;
  switch (ordered?.kind) {
    case 'text':
      return textUsage(ordered.model, answer);
    case 'speech': {
      const characters = reportedCharacters(answer);
      const { text: _text, characters: _characters, ...rest } = ordered;
      return characters === undefined ? ordered : { ...rest, characters };
    }
    case 'image': {
      const made = at(answer, usageFields.images);
      const count = whole(typeof made === 'string' && made !== '' ? Number(made) : made);
      return count === undefined ? ordered : { ...ordered, count };
    }
    case 'video':
      return taskOutcome(at(answer, 'status')) === 'succeeded' ? ordered : undefined;
    case undefined: {
      // Speech from an uploaded file: the create answer reports the characters it will bill.
      const characters = reportedCharacters(answer);
      if (description.api !== 't2a-async' || characters === undefined || !description.model) return undefined;
      return { kind: 'speech', model: description.model, mode: 'async', characters };
    }
    default:
      return ordered;
  }
}
