// Per-request overhead of @minimax-kit/client beside raw fetch and the official openai package,
// for the same chat completion against minimax-mock on loopback (in its own process), and
// streaming throughput beside openai's stream and a raw fetch read by core's SSE parser. Medians
// of interleaved rounds; BENCH_ROUNDS and BENCH_MS (per peer per round) tune the run.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SseParser } from '@minimax-kit/core';
import OpenAI from 'openai';
import { createMiniMaxClient } from '../src/index.js';
import { measureRounds, type Peer } from './rounds.js';

const server = fileURLToPath(new URL('./serve-mock.ts', import.meta.url));
// Many short rounds: on a shared machine, load that comes and goes then falls on every caller alike.
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const ms = Number(process.env.BENCH_MS ?? 300);

function startMock(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=@minimax-kit/source', '--import', 'tsx', server], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
  const params = {
    model: 'MiniMax-M2.7',
    messages: [{ role: 'user' as const, content: 'Hello there' }],
    max_tokens: 100,
  };
  // Both clients as callers get them: default retries and timeouts.
  const kit = createMiniMaxClient({ apiKey: 'sk-api-mock', baseURL: url });
  const openai = new OpenAI({ apiKey: 'sk-api-mock', baseURL: `${url}/v1` });
  const headers = { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' };
  const post = (body: object) =>
    fetch(`${url}/v1/chat/completions`, { method: 'POST', headers, body: JSON.stringify(body) });
  let chunks = 0;

  const requests: Peer[] = [
    { name: 'raw fetch + JSON.parse', run: async () => (await post(params)).json() },
    { name: '@minimax-kit/client chat.create', run: () => kit.chat.create(params) },
    { name: 'openai chat.completions.create', run: () => openai.chat.completions.create(params) },
  ];
  const streams: Peer[] = [
    {
      name: 'raw fetch + SseParser + JSON.parse',
      run: async () => {
        const response = await post({ ...params, stream: true, stream_options: { include_usage: true } });
        const parser = new SseParser();
        const read = ({ data }: { data: string }) => {
          if (data === '[DONE]') return;
          JSON.parse(data);
          chunks += 1;
        };
        for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>)
          parser.push(bytes, read);
        parser.end(read);
      },
    },
    {
      name: '@minimax-kit/client chat.stream',
      run: async () => {
        for await (const _ of kit.chat.stream(params)) chunks += 1;
      },
    },
    {
      name: 'openai chat stream',
      run: async () => {
        const stream = await openai.chat.completions.create({
          ...params,
          stream: true,
          stream_options: { include_usage: true },
        });
        for await (const _ of stream) chunks += 1;
      },
    },
  ];

  const latency = await measureRounds(requests, { rounds, ms });
  const throughput = await measureRounds(streams, { rounds, ms });
  const of = (results: typeof latency, name: string) => results.get(name)?.median ?? Number.NaN;
  const spread = (values: number[]) => `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}`;

  const raw = of(latency, 'raw fetch + JSON.parse');
  const openaiMs = of(latency, 'openai chat.completions.create');
  console.log(
    `\nNode ${process.version}; chat completion against minimax-mock on loopback (median of ${rounds} rounds)\n`,
  );
  const openaiRequestCpu = latency.get('openai chat.completions.create')?.cpu ?? Number.NaN;
  console.log(
    '| caller | ms / request | rounds | vs raw fetch | vs openai | client CPU ms / request | CPU vs openai |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, { median, cpu, rounds: values }] of latency) {
    console.log(
      `| ${name} | ${median.toFixed(3)} | ${spread(values)} | ${(median / raw).toFixed(2)}× | ${(median / openaiMs).toFixed(2)}× | ${cpu.toFixed(3)} | ${(cpu / openaiRequestCpu).toFixed(2)}× |`,
    );
  }
  const openaiStream = of(throughput, 'openai chat stream');
  console.log(`\nstreamed completion, read to the end (median of ${rounds} rounds; ${chunks} chunks read)\n`);
  const openaiCpu = throughput.get('openai chat stream')?.cpu ?? Number.NaN;
  console.log(
    '| caller | ms / stream | streams / s | vs openai (throughput) | client CPU ms / stream | CPU vs openai |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, { median, cpu }] of throughput) {
    console.log(
      `| ${name} | ${median.toFixed(3)} | ${(1000 / median).toFixed(0)} | ${(openaiStream / median).toFixed(2)}× | ${cpu.toFixed(3)} | ${(cpu / openaiCpu).toFixed(2)}× |`,
    );
  }
} finally {
  child.kill();
}
