// What users feel: the time to finish one fixed job. Chat calls offered at 3 × what the binding
// limit allows over one window, sent with openai-node to @minimax-kit/mock (its limits on) through
// each way of keeping to the limits, on a clock 10 × faster (a minute of MiniMax in 6 s; every
// contender is given the same scaled window). A call the server refuses with 429 is tried again
// through the same limiter, as a user would; openai-node alone relies on its own retries.
//
// Two jobs: one where RPM binds (TPM out of reach), one where TPM binds (JOB_TPM, by default 8
// tokens a minute per RPM: fewer than half the RPM's calls fit). Reported per contender, medians
// of three rounds: the time to finish (simulated), server rejections, retries, and the ratios to
// the least time the limits allow: for a caller who knew each answer's tokens before sending, and
// for one who books a call's `max_tokens` until it is answered (the least any caller can keep to
// without risking a 429). The jobs scale with JOB_RPM: the default, 60 RPM and 180 calls, keeps
// five contenders × three rounds to a few minutes a job; JOB_RPM=667 is a job of 2,001 calls.

import { createMockMiniMax } from '@minimax-kit/mock';
import OpenAI from 'openai';
import { VERSION } from 'openai/version';
import { ask, type Contender, contenders, type JobLimits, maxTokens, model } from './job-contenders.js';

const speed = 10;
const rpm = Number(process.env.JOB_RPM ?? 60);
const rounds = Number(process.env.JOB_ROUNDS ?? 3);
const windowMs = 60_000 / speed;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const mockOf = (limits: JobLimits) =>
  createMockMiniMax({
    region: 'global',
    now: () => Date.now() * speed,
    limits: { [`text:${model}`]: { rpm: limits.rpm, tpm: limits.tpm } },
  });

async function runJob(contender: Contender, limits: JobLimits, calls: number) {
  const mock = mockOf(limits);
  let requests = 0;
  let rejections = 0;
  const counted: typeof fetch = async (input, init) => {
    requests += 1;
    const response = await mock.fetch(input, init);
    if (response.status === 429) rejections += 1;
    return response;
  };
  const run = contender.create(limits);
  const openai = new OpenAI({
    apiKey: 'sk-api-mock',
    baseURL: 'https://api.minimax.io/v1',
    fetch: run.wrap ? run.wrap(counted) : counted,
    maxRetries: run.maxRetries ?? 0,
  });
  const started = performance.now();
  let failed = 0;
  await Promise.all(
    Array.from({ length: calls }, async (_, i) => {
      await sleep((i * windowMs) / calls); // offered evenly over one window
      for (;;) {
        try {
          await run.send(openai);
          return;
        } catch (error) {
          if (!(error instanceof OpenAI.RateLimitError)) {
            failed += 1;
            return;
          }
        }
      }
    }),
  );
  const seconds = ((performance.now() - started) / 1000) * speed;
  return { seconds, rejections, retries: requests - calls, failed };
}

// The least time the limits allow, in simulated seconds, when `perWindow` calls fit a sliding
// window: call k starts at its arrival, and no sooner than a window after call k − perWindow.
function leastSeconds(calls: number, perWindow: number) {
  const starts: number[] = [];
  for (let k = 0; k < calls; k++)
    starts.push(Math.max((k * windowMs) / calls, (starts[k - perWindow] ?? -Infinity) + windowMs));
  return ((starts.at(-1) ?? 0) / 1000) * speed;
}

// What one call uses, as the mock counts it (the same for every call: its answers are deterministic).
const probe = await ask(
  new OpenAI({
    apiKey: 'sk-api-mock',
    baseURL: 'https://api.minimax.io/v1',
    fetch: createMockMiniMax().fetch,
  }),
);
if (!probe.usage) throw new Error('the mock answered without usage: nothing to book a call by');
const used = probe.usage.total_tokens;
const weight = probe.usage.prompt_tokens + maxTokens;
const tpm = Number(process.env.JOB_TPM ?? 8 * rpm);
if (!(rpm >= 1 && tpm >= weight))
  throw new Error(`JOB_RPM must be at least 1 and JOB_TPM at least ${weight} (a call's booking)`);

const jobs: { title: string; limits: JobLimits }[] = [
  { title: 'RPM binds', limits: { rpm, tpm: 1e9, windowMs, speed, weight } },
  { title: 'TPM binds', limits: { rpm, tpm, windowMs, speed, weight } },
];

for (const { title, limits } of jobs) {
  const perWindow = Math.min(limits.rpm, Math.floor(limits.tpm / used));
  // Booking `weight` until answered (at once, here), a window's last call needs `weight` of room.
  const perWindowBooked = Math.min(limits.rpm, Math.floor((limits.tpm - weight) / used) + 1);
  const calls = 3 * perWindow;
  const least = leastSeconds(calls, perWindow);
  const leastBooked = leastSeconds(calls, perWindowBooked);
  const tokens =
    limits.tpm < 1e9 ? `${limits.tpm} TPM, ${used} tokens a call (peers book ${weight})` : 'TPM out of reach';
  console.log(
    `\n${title}: time to finish ${calls} chat calls (${model}, ${rpm} RPM, ${tokens}; offered at 3×), openai-node ${VERSION} against @minimax-kit/mock, a minute in ${windowMs / 1000} s\n`,
  );
  console.log(
    `| contender (median of rounds) | time to finish (simulated) | × least (${least.toFixed(1)} s) | × least booking output (${leastBooked.toFixed(1)} s) | server rejections | retries | failed |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const contender of contenders) {
    const results: Awaited<ReturnType<typeof runJob>>[] = [];
    for (let round = 0; round < rounds; round++) results.push(await runJob(contender, limits, calls));
    const [seconds = 0, rejections, retries, failed] = (
      ['seconds', 'rejections', 'retries', 'failed'] as const
    ).map((field) => median(results.map((result) => result[field])));
    console.log(
      `| ${contender.name} | ${seconds.toFixed(1)} s | ${(seconds / least).toFixed(2)} | ${(seconds / leastBooked).toFixed(2)} | ${rejections} | ${retries} | ${failed} |`,
    );
  }
}
