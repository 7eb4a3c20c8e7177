#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { MockOptionsError } from './http/mock-options-error.js';
import { startMockServer } from './node/serve.js';
import { defaultMockKeys } from './options.js';

const usage = `Usage: minimax-mock [--port 8765] [--host 127.0.0.1] [--region global|cn] [--tier paid|free] [--seed 1]

Serves an offline MiniMax on loopback. Keys: ${defaultMockKeys.map((key) => key.key).join(', ')}.`;

function fail(message: string): never {
  console.error(`minimax-mock: ${message}\n\n${usage}`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8765' },
      host: { type: 'string', default: '127.0.0.1' },
      region: { type: 'string', default: 'global' },
      tier: { type: 'string', default: 'paid' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
// Whole numbers written out: Number('') is 0 and Number('1e300') is beyond any seed.
const whole = (text: unknown) =>
  typeof text === 'string' && /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
const port = whole(values.port);
const seed = whole(values.seed);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535, not ${values.port}`);
if (values.region !== 'global' && values.region !== 'cn')
  fail(`--region must be global or cn, not ${values.region}`);
if (values.tier !== 'paid' && values.tier !== 'free') fail(`--tier must be paid or free, not ${values.tier}`);
if (!Number.isSafeInteger(seed)) fail(`--seed must be a whole number, not ${values.seed}`);

const server = await startMockServer({
  port,
  host: String(values.host),
  region: values.region,
  tier: values.tier,
  seed,
}).catch((error: Error) =>
  fail(
    error instanceof MockOptionsError
      ? error.message
      : `cannot listen on ${values.host}:${port}: ${error.message}`,
  ),
);
console.log(`minimax-mock (${values.region}, ${values.tier}) listening on ${server.url}`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`minimax-mock: ${signal}, stopping`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
