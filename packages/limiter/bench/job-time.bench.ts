// What users feel: the time to finish one fixed job. 3 × RPM chat calls, offered at 3 × the RPM
// over one window, sent with openai-node to @minimax-kit/mock (its limits on) through each way of
// keeping to the limit, on a clock 10 × faster (a minute of MiniMax in 6 s; every contender is given
// the same scaled window). A call the server refuses with 429 is tried again through the same
// limiter, as a user would; openai-node alone relies on its own retries.
//
// Reported per contender, medians of three rounds: the time to finish (simulated), server
// rejections, retries, and the ratio to the least time the limit allows. RPM binds (the mock's TPM
// is out of reach: p-queue has no notion of tokens). The job scales with JOB_RPM: the default, 60
// RPM and 180 calls, keeps five contenders × three rounds to a few minutes; JOB_RPM=667 is a job
// of 2,001 calls.

import { createLimiter } from '@minimax-kit/limiter';
import { createMockMiniMax } from '@minimax-kit/mock';
import Bottleneck from 'bottleneck';
import OpenAI from 'openai';
import { VERSION } from 'openai/version';
import PQueue from 'p-queue';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

const speed = 10;
const rpm = Number(process.env.JOB_RPM ?? 60);
const calls = 3 * rpm;
const windowMs = 60_000 / speed; // one MiniMax minute, in real milliseconds
const model = 'MiniMax-M2';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Run {
  /** Sends one call through the contender; resolves once it was answered. */
  send(openai: OpenAI): Promise<unknown>;
  /** openai-node's own retries (only for openai-node alone). */
  maxRetries?: number;
  /** Wraps the fetch openai-node uses (our limiter), when the contender works at that level. */
  wrap?(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
}

const ask = (openai: OpenAI) =>
  openai.chat.completions.create({ model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 16 });

const contenders: { name: string; create(): Run }[] = [
  {
    name: '@minimax-kit/limiter (limiter.wrap)',
    create() {
      // The default 500 ms guard, scaled with everything else.
      const limiter = createLimiter({
        region: 'global',
        timeScale: 1 / speed,
        guardMs: 500 / speed,
        limits: { [`text:${model}`]: { rpm } },
      });
      return { send: ask, wrap: (fetch) => limiter.wrap(fetch) };
    },
  },
  {
    name: 'openai-node alone (maxRetries 20, its own backoff)',
    create: () => ({ send: ask, maxRetries: 20 }),
  },
  {
    name: 'p-queue 9.3.5 (strict interval)',
    create() {
      const queue = new PQueue({ intervalCap: rpm, interval: windowMs, strict: true });
      return { send: (openai) => queue.add(() => ask(openai)) };
    },
  },
  {
    name: 'bottleneck 2.19.5 (reservoir)',
    create() {
      const bottleneck = new Bottleneck({
        reservoir: rpm,
        reservoirRefreshAmount: rpm,
        reservoirRefreshInterval: windowMs,
      });
      return { send: (openai) => bottleneck.schedule(() => ask(openai)) };
    },
  },
  {
    name: 'rate-limiter-flexible 11.4.0 (memory)',
    create() {
      const flexible = new RateLimiterMemory({ points: rpm, duration: windowMs / 1000 });
      return {
        async send(openai) {
          for (;;) {
            try {
              await flexible.consume('key', 1);
              return ask(openai);
            } catch (refusal) {
              if (refusal instanceof Error) throw refusal;
              await sleep((refusal as RateLimiterRes).msBeforeNext);
            }
          }
        },
      };
    },
  },
];

async function runJob(contender: (typeof contenders)[number]) {
  const mock = createMockMiniMax({
    region: 'global',
    now: () => Date.now() * speed,
    limits: { [`text:${model}`]: { rpm, tpm: 1e9 } },
  });
  let requests = 0;
  let rejections = 0;
  const counted: typeof fetch = async (input, init) => {
    requests += 1;
    const response = await mock.fetch(input, init);
    if (response.status === 429) rejections += 1;
    return response;
  };
  const run = contender.create();
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
      await sleep((i * windowMs) / calls); // offered at 3 × the RPM, over one window
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

// The least time the limit allows, in simulated seconds: call k starts at its arrival, and no
// sooner than a window after call k − rpm started.
const starts: number[] = [];
for (let k = 0; k < calls; k++)
  starts.push(Math.max((k * windowMs) / calls, (starts[k - rpm] ?? -Infinity) + windowMs));
const least = ((starts.at(-1) ?? 0) / 1000) * speed;
console.log(
  `\nTime to finish ${calls} chat calls (${model}, ${rpm} RPM, offered at 3×), openai-node ${VERSION} against @minimax-kit/mock, a minute in ${windowMs / 1000} s\n`,
);
console.log(
  '| contender (median of rounds) | time to finish (simulated) | × least possible | server rejections | retries | failed |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const rounds = Number(process.env.JOB_ROUNDS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
for (const contender of contenders) {
  const results: Awaited<ReturnType<typeof runJob>>[] = [];
  for (let round = 0; round < rounds; round++) results.push(await runJob(contender));
  const [seconds, rejections, retries, failed] = (
    ['seconds', 'rejections', 'retries', 'failed'] as const
  ).map((field) => median(results.map((result) => result[field])));
  console.log(
    `| ${contender.name} | ${(seconds ?? 0).toFixed(1)} s | ${((seconds ?? 0) / least).toFixed(2)} | ${rejections} | ${retries} | ${failed} |`,
  );
}
