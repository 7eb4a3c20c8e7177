// Run by ai-sdk.mjs inside the @minimax-kit/ai-sdk README project, with the mock-fetch preload: the
// installed middleware, limiter, `ai` and `@ai-sdk/minimax` as a stranger has them, against the mock.
import assert from 'node:assert/strict';
import { createMiniMax } from '@ai-sdk/minimax';
import { DoubleLimitError, MiniMaxBudgetError, minimaxKitMiddleware } from '@minimax-kit/ai-sdk';
import { createLimiter } from '@minimax-kit/limiter';
import { generateText, streamText, wrapLanguageModel } from 'ai';

// Exact decimal strings as integer nano-units, to add costs without floating point.
const nanos = (text) => {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole) * 10n ** 9n + BigInt(fraction.padEnd(9, '0').slice(0, 9));
};
const used = (limiter, prefix) =>
  Object.entries(limiter.snapshot().dimensions)
    .filter(([id]) => id.startsWith(prefix))
    .reduce((sum, [, usage]) => sum + usage.used, 0);

const minimax = createMiniMax({ apiKey: process.env.MINIMAX_API_KEY });
const limiter = createLimiter({
  region: 'global',
  budgets: [{ id: 'daily', amount: '5', currency: 'USD', per: 'day' }],
});
const model = wrapLanguageModel({
  model: minimax('MiniMax-M2'),
  middleware: minimaxKitMiddleware({ limiter }),
});

const generated = await generateText({ model, prompt: 'Hello', maxRetries: 0 });
const streamed = streamText({ model, prompt: 'Hi', maxRetries: 0 });
await streamed.consumeStream();
const reports = [generated.providerMetadata?.minimaxKit, (await streamed.providerMetadata)?.minimaxKit];
for (const report of reports) assert.deepEqual([report?.cost.priced, report?.cost.currency], [true, 'USD']);
const tokens = [generated.usage, await streamed.usage].reduce(
  (sum, usage) => sum + usage.inputTokens + usage.outputTokens,
  0,
);
assert.equal(used(limiter, 'tpm:'), tokens, 'TPM settles to the reported usage');
assert.equal(used(limiter, 'rpm:'), 2);
const spent = reports[1].budgets[0].spent;
assert.equal(
  nanos(spent),
  nanos(reports[0].cost.total) + nanos(reports[1].cost.total),
  'the budget spent the costs',
);

const broke = createLimiter({
  region: 'global',
  budgets: [{ id: 'd', amount: '0.000001', currency: 'USD', per: 'day' }],
});
const refused = await generateText({
  model: wrapLanguageModel({
    model: minimax('MiniMax-M2'),
    middleware: minimaxKitMiddleware({ limiter: broke }),
  }),
  prompt: 'Hello',
}).catch((error) => error);
assert.ok(MiniMaxBudgetError.isInstance(refused), `a budget refusal is a MiniMaxBudgetError: ${refused}`);
assert.equal(used(broke, 'rpm:'), 0);

const wrapped = createMiniMax({ apiKey: process.env.MINIMAX_API_KEY, fetch: limiter.wrap(fetch) });
assert.throws(
  () => wrapLanguageModel({ model: wrapped('MiniMax-M2'), middleware: minimaxKitMiddleware({ limiter }) }),
  DoubleLimitError,
);
console.log(`ok: ${reports.map((report) => report.cost.total).join(' + ')} USD spent, ${tokens} tokens`);
