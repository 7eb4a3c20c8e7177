// Per-request overhead of @minimax-kit/client against raw fetch and the official openai package,
// for the same chat completion against minimax-mock on loopback (in its own process), and
// streaming throughput against openai's stream. Ratios are to raw fetch (latency) and to openai (streams).
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { Bench } from 'tinybench';
import { createMiniMaxClient } from '../src/index.js';

const cli = fileURLToPath(new URL('../../mock/src/cli.ts', import.meta.url));
const time = Number(process.env.BENCH_MS ?? 3000);

function startMock(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--conditions=@minimax-kit/source', '--import', 'tsx', cli, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`minimax-mock exited with ${code}`)));
  });
}

const { url, child } = await startMock();
try {
  // MiniMax-M2.7 has no documented rate limit in the tables, so the mock never throttles the bench.
  const params = {
    model: 'MiniMax-M2.7',
    messages: [{ role: 'user' as const, content: 'Hello there' }],
    max_tokens: 100,
  };
  const kit = createMiniMaxClient({ apiKey: 'sk-api-mock', baseURL: url, maxRetries: 0 });
  const openai = new OpenAI({ apiKey: 'sk-api-mock', baseURL: `${url}/v1`, maxRetries: 0 });
  const headers = { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' };

  const latency = new Bench({ time, warmupTime: 500 });
  latency
    .add('raw fetch + JSON.parse', async () => {
      const response = await fetch(`${url}/v1/chat/completions`, {
        method: 'POST',
        headers,
        body: JSON.stringify(params),
      });
      await response.json();
    })
    .add('@minimax-kit/client chat.create', async () => {
      await kit.chat.create(params);
    })
    .add('openai chat.completions.create', async () => {
      await openai.chat.completions.create(params);
    });
  await latency.run();

  const streams = new Bench({ time, warmupTime: 500 });
  let chunks = 0;
  streams
    .add('@minimax-kit/client chat.stream', async () => {
      for await (const _ of kit.chat.stream(params)) chunks += 1;
    })
    .add('openai chat stream', async () => {
      for await (const _ of await openai.chat.completions.create({ ...params, stream: true })) chunks += 1;
    });
  await streams.run();

  const meanOf = (task: { result?: unknown } | undefined) =>
    (task?.result as { latency?: { mean: number } } | undefined)?.latency?.mean ?? Number.NaN;
  const mean = (bench: Bench, name: string) => meanOf(bench.tasks.find((task) => task.name === name));
  const raw = mean(latency, 'raw fetch + JSON.parse');
  console.log('\nchat completion against minimax-mock on loopback (mean per request)\n');
  console.log('| caller | ms / request | vs raw fetch |');
  console.log('| --- | ---: | ---: |');
  for (const task of latency.tasks) {
    const ms = meanOf(task);
    console.log(`| ${task.name} | ${ms.toFixed(3)} | ${(ms / raw).toFixed(2)} |`);
  }
  const openaiStream = mean(streams, 'openai chat stream');
  console.log(`\nstreamed completion, read to the end (mean per stream; ${chunks} chunks read in all)\n`);
  console.log('| caller | ms / stream | streams / s | vs openai |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const task of streams.tasks) {
    const ms = meanOf(task);
    console.log(
      `| ${task.name} | ${ms.toFixed(3)} | ${(1000 / ms).toFixed(0)} | ${(openaiStream / ms).toFixed(2)}× |`,
    );
  }
} finally {
  child.kill();
}
