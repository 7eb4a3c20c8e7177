// The 0-rejection proof: every SDK of the matrix at once, each with its own account (so its own
// limits) and one limiter with default options, offering 3× its model's documented RPM to the mock
// served over loopback HTTP from a process of its own. Exits 1 on any server rejection.
//
//   pnpm --filter @minimax-kit/sdk-compat proof     PROOF_SECONDS (150), PROOF_MODEL (MiniMax-M2)
//
// MiniMax-M2 (20 RPM) by default: at 500 RPM (MiniMax-M2.7) ten SDKs must offer 250 calls a second,
// more than a loaded two-core machine can start, and a proof that never offers 3× proves nothing.
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { scopeLimits } from '@minimax-kit/core';
import { createLimiter } from '@minimax-kit/limiter';
import { drivers } from './src/proof/drivers.js';
import { newTally, type Tally, tap } from './src/proof/tap.js';

const model = process.env.PROOF_MODEL ?? 'MiniMax-M2';
const durationMs = Number(process.env.PROOF_SECONDS ?? 150) * 1000;
const rpm = scopeLimits('global', 'paid', `text:${model}`)?.rpm;
if (!rpm) throw new Error(`core documents no RPM for ${model}`);
const windowMs = 60_000;
// What a client that keeps 3× RPM waiting offers by `elapsed`: a whole window's worth at once
// (the cold start's burst, the hard case), then the 3× pace.
const offeredBy = (elapsed: number) => Math.max(rpm, Math.floor((3 * rpm * elapsed) / windowMs));

const keys = drivers.map((_, index) => ({
  key: `sk-api-proof-${index}`,
  account: `proof-${index}`,
  balance: '1000000',
}));
const server = fork(new URL('./src/proof/serve.ts', import.meta.url), [JSON.stringify(keys)], {
  execArgv: ['--conditions=@minimax-kit/source', '--import', 'tsx'],
});
const ask = <T>(message: string | undefined, field: string) =>
  new Promise<T>((resolve) => {
    const on = (reply: Record<string, unknown>) => {
      if (!(field in reply)) return;
      server.off('message', on);
      resolve(reply[field] as T);
    };
    server.on('message', on);
    if (message) server.send(message);
  });
const url = await ask<string>(undefined, 'url');

interface Run {
  name: string;
  offered: number;
  tally: Tally;
  sdkErrors: number;
  pending: Set<Promise<void>>;
}
// One controller per call: thousands of listeners on one shared signal would cost the clients
// quadratic time, a load of the proof's own making.
const controllers = new Set<AbortController>();
let ended = false;
const runs = drivers.map((driver, index) => {
  const limiter = createLimiter({ key: `proof-${index}` });
  const tally = newTally();
  const call = driver.call(model, { url, key: keys[index]?.key ?? '', fetch: limiter.wrap(tap(tally)) });
  const run: Run = { name: driver.name, offered: 0, tally, sdkErrors: 0, pending: new Set() };
  return { run, limiter, call };
});

console.log(
  `${drivers.length} SDKs × 3 × ${rpm} RPM (${model}, global paid) for ${durationMs / 1000} s; load ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const started = performance.now();
for (let round = 0; ; round += 1) {
  const elapsed = round === 0 ? 0 : performance.now() - started;
  if (elapsed >= durationMs) break;
  let launched = false;
  // The cold start's burst begins in one turn, as `Promise.all(jobs.map(call))` would begin it: the
  // event loop is held while every call is granted, and their requests leave only after. Then calls
  // come one per turn of the loop, round robin over the SDKs, as from separate events.
  const cold = round === 0;
  for (const { run, call } of runs) {
    while (run.offered < offeredBy(elapsed)) {
      launched = true;
      const stream = run.offered % 2 === 1;
      run.offered += 1;
      const controller = new AbortController();
      controllers.add(controller);
      const done = call(controller.signal, stream).catch(() => {
        if (!ended) run.sdkErrors += 1;
      });
      run.pending.add(done);
      done.finally(() => {
        run.pending.delete(done);
        controllers.delete(controller);
      });
      if (!cold) {
        await nextTurn();
        break;
      }
    }
  }
  if (!launched) await new Promise((resolve) => setTimeout(resolve, 100));
}
const elapsedMs = performance.now() - started;
// Those still waiting for room are not offered any more.
ended = true;
for (const controller of controllers) controller.abort();
await Promise.all(runs.flatMap(({ run }) => [...run.pending]));
const drainedMs = performance.now() - started - elapsedMs;
const served = await ask<Record<string, number>>('counts', 'counts');
server.send('close');
for (const { limiter } of runs) await limiter.close();

const allowed = rpm * Math.ceil(elapsedMs / windowMs);
const rejections = (tally: Tally) => Object.values(tally.refused).reduce((sum, n) => sum + n, 0);
const table = [
  ['SDK', 'offered', 'admitted', 'answered', 'rejected (code: n)', 'SDK errors', 'utilisation'],
  ...runs.map(({ run: { name, offered, tally, sdkErrors } }) => [
    name,
    String(offered),
    String(tally.sent),
    String(tally.ok),
    `${rejections(tally)}${rejections(tally) ? ` (${JSON.stringify(tally.refused)})` : ''}`,
    String(sdkErrors),
    `${((100 * tally.sent) / allowed).toFixed(1)} %`,
  ]),
];
const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => row[column]?.length ?? 0))) ?? [];
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
console.log(
  `utilisation = admitted ÷ ${allowed} (${rpm} RPM × ${Math.ceil(elapsedMs / windowMs)} windows in ${(elapsedMs / 1000).toFixed(0)} s); the calls still open at the end settled in ${(drainedMs / 1000).toFixed(1)} s`,
);
console.log(`the server's answers by code (0 = success): ${JSON.stringify(served)}`);
const refusedByServer = Object.entries(served).filter(([code]) => code !== '0');
const refused = runs.reduce((sum, { run }) => sum + rejections(run.tally), 0);
const failed = runs.reduce((sum, { run }) => sum + run.sdkErrors, 0);
if (refused > 0 || refusedByServer.length > 0) console.error(`✖ ${refused} server rejections`);
// A call that failed otherwise is no rejection, but the run did not show what it should have.
if (failed > 0) console.error(`✖ ${failed} calls failed before the end without a rejection`);
if (refused > 0 || refusedByServer.length > 0 || failed > 0) process.exit(1);
console.log('✓ 0 server rejections');
process.exit(0);
