import { MiniMaxKitError } from './minimax-kit-error.js';

/**
 * `openTelemetry` was set up without a usable `trace` or `metrics` from `@opentelemetry/api` —
 * usually because the package is not installed. Thrown at set-up, never during a call.
 */
export class TelemetryOptionsError extends MiniMaxKitError {
  /** The option at fault: `trace`, `metrics`, or `apis` for the whole argument. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(
      'telemetry_options',
      `openTelemetry: ${problem}. Install @opentelemetry/api (an optional peer of minimax-kit), then pass its APIs: import { metrics, trace } from '@opentelemetry/api'; openTelemetry({ trace, metrics }). Leave telemetry out to run without it.`,
    );
    this.name = 'TelemetryOptionsError';
    this.option = option;
  }
}
