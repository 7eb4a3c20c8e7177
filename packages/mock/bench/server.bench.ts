// Requests per second the minimax-mock server sustains on loopback, beside a bare node:http server
// that answers a fixed body (the ceiling for any Node HTTP server on this machine). The mock's
// limits are out of reach, so every answer is a real one (the errors column says so). Both run in
// their own process; autocannon drives them from this one.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const unlimited = fileURLToPath(new URL('./unlimited-server.ts', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

function start(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const bare = `
const body = JSON.stringify({ id: 'x'.repeat(32), object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(300) } }], usage: { prompt_tokens: 6, completion_tokens: 80, total_tokens: 86 } });
require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body)); }).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });`;

const chat = JSON.stringify({
  model: 'MiniMax-M2.7',
  messages: [{ role: 'user', content: 'Hello there' }],
  max_tokens: 100,
});
const scenarios = [
  { name: 'chat completion (JSON)', path: '/v1/chat/completions', body: chat },
  {
    name: 'chat completion (SSE stream)',
    path: '/v1/chat/completions',
    body: chat.replace('{', '{"stream":true,'),
  },
  { name: 'token plan remains', path: '/v1/token_plan/remains', method: 'GET' as const },
];

async function load(url: string, path: string, body?: string, method: 'GET' | 'POST' = 'POST') {
  const result = await autocannon({
    url: `${url}${path}`,
    method,
    connections: 32,
    duration: seconds,
    headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
    ...(body ? { body } : {}),
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const mock = await start(['--conditions=@minimax-kit/source', '--import', 'tsx', unlimited]);
const ceiling = await start(['-e', bare]);
try {
  const reference = await load(ceiling.url, '/', chat);
  console.log(`\nminimax-mock on loopback, ${seconds} s per scenario, 32 connections\n`);
  console.log('| scenario | requests/s | p99 ms | errors | vs bare node:http |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(
    `| bare node:http, fixed body | ${reference.rps.toFixed(0)} | ${reference.p99} | ${reference.errors} | 1.00 |`,
  );
  for (const scenario of scenarios) {
    const result = await load(mock.url, scenario.path, scenario.body, scenario.method);
    console.log(
      `| ${scenario.name} | ${result.rps.toFixed(0)} | ${result.p99} | ${result.errors} | ${(result.rps / reference.rps).toFixed(2)} |`,
    );
  }
} finally {
  mock.child.kill();
  ceiling.child.kill();
}
