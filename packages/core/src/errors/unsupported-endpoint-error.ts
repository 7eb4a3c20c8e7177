import { clip } from './describe-value.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** A method and path that is not a MiniMax API endpoint minimax-kit knows. */
export class UnsupportedEndpointError extends MiniMaxKitError {
  readonly method: string;
  readonly path: string;

  constructor(method: string, path: string, known: readonly string[]) {
    super(
      'unsupported_endpoint',
      `${clip(method)} ${clip(path)} is not a known MiniMax endpoint. Known: ${known.join(', ')}.`,
    );
    this.name = 'UnsupportedEndpointError';
    this.method = method;
    this.path = path;
  }
}
