import { type ErrorDetails, MiniMaxError } from '../errors/minimax-error.js';

/** A tool call whose arguments are not JSON (a model cut short by `max_tokens` writes half of it). */
export class ToolArgumentsError extends MiniMaxError {
  /** The tool the model called. */
  readonly toolName: string;
  /** The arguments exactly as the model wrote them. */
  readonly raw: string;

  constructor(
    toolName: string,
    raw: string,
    details: ErrorDetails & { finishReason?: string | undefined } = {},
  ) {
    const cut = details.finishReason === 'length' || details.finishReason === 'max_tokens';
    super(
      `The arguments of the call to tool '${toolName}' are not JSON${cut ? ': max_tokens cut them short — raise it' : ''}; the text is in error.raw.`,
      details,
    );
    this.name = 'ToolArgumentsError';
    this.toolName = toolName;
    this.raw = raw;
  }
}

/** Parses a tool call's arguments (empty text means no arguments), or throws `ToolArgumentsError`. */
export function parseToolArguments(
  toolName: string,
  raw: string,
  details?: ErrorDetails & { finishReason?: string | undefined },
): unknown {
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw);
  } catch (cause) {
    throw new ToolArgumentsError(toolName, raw, { ...details, cause });
  }
}
