/** The longest message any minimax-kit error carries; caller input never makes it longer. */
export const maxMessageLength = 2000;

/** The base of every error minimax-kit throws: a stable `name`, a machine-readable `code`, a message that says what to do. */
export class MiniMaxKitError extends Error {
  /** A stable, machine-readable identifier of the failure. */
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(
      message.length <= maxMessageLength
        ? message
        : `${message.slice(0, maxMessageLength - 30)}… (message shortened)`,
      options,
    );
    this.name = 'MiniMaxKitError';
    this.code = code;
  }
}
