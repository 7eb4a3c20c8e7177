/** A demand names a scope no limits table covers, and nothing says what its limits are. */
export class UnknownScopeError extends Error {
  readonly code = 'UNKNOWN_SCOPE';
  readonly scope: string;
  /** The scopes this limiter knows: documented for its region, or configured. */
  readonly known: readonly string[];

  constructor(scope: string, known: readonly string[]) {
    const shown = scope.length > 60 ? `${scope.slice(0, 60)}…` : scope;
    const list =
      known.length > 20 ? `${known.slice(0, 20).join(', ')} … (${known.length})` : known.join(', ');
    super(
      `No limits are known for the scope ${JSON.stringify(shown)}: use one of ${list}, ` +
        'or give its limits in createLimiter({ limits: { [scope]: { rpm, tpm, conn } } }).',
    );
    this.name = 'UnknownScopeError';
    this.scope = scope;
    this.known = known;
  }
}
