/** `syncFromRemains` was given something other than a Token Plan `/remains` answer: nothing changed. */
export class InvalidRemainsError extends Error {
  readonly code = 'INVALID_REMAINS';
  /** Where in the body it went wrong, e.g. `model_remains.0.end_time`; empty for the body itself. */
  readonly path: string;

  constructor(path: string, problem: string) {
    super(
      `syncFromRemains takes the body of GET /v1/token_plan/remains (or the client's quota.retrieve() result), but ${path === '' ? 'this is no such body' : `its ${path} is not what MiniMax answers`} (${problem}).`,
    );
    this.name = 'InvalidRemainsError';
    this.path = path;
  }
}
