import { errorCodes, models, taskStatuses, textQuotaBuckets } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { type SourceFile, sourceFiles, withoutComments } from './source-files.js';

const outsideCore = [
  'packages/mock/src',
  'packages/client/src',
  'packages/limiter/src',
  'packages/widgets/src',
  'packages/ai-sdk/src',
  'apps/demo/src',
];

/** `file:line: text` of every line of code (comments removed) in `files` that `pattern` matches. */
function hits(files: readonly SourceFile[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    withoutComments(file.text)
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file.path}:${index + 1}: ${line.trim()}`] : [])),
  );
}

const telemetryName = /['"`](gen_ai|minimax_kit)\.[a-z_.]+['"`]/;
const of = (...dirs: string[]) => dirs.flatMap((dir) => sourceFiles(dir));
const quoted = (words: readonly string[]) =>
  new RegExp(
    `['"\`](${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})['"\`]`,
    'i',
  );

describe('no package restates a fact core holds', () => {
  it('the names of the shared text pool are spelled only in core', () => {
    expect(hits(of(...outsideCore), quoted(textQuotaBuckets))).toEqual([]);
  });

  it('the limiter and the mock’s error envelope name no error code: they ask core what it means', () => {
    // 1000 ("unknown error") is left out: it is every millisecond-to-second conversion too.
    const named = errorCodes.map((info) => info.code).filter((code) => code !== 1000);
    // The mock picks which code to answer anywhere; what a code means it must only ask core.
    const files = of('packages/limiter/src/fetch', 'packages/mock/src/http').filter(
      (file) => file.path.includes('/limiter/') || file.path.endsWith('error-response.ts'),
    );
    expect(hits(files, new RegExp(`\\b(${named.join('|')})\\b`))).toEqual([]);
  });

  it('the limiter reads what an answer used only through core’s usage fields', () => {
    expect(hits(of('packages/limiter/src'), /\b(total_tokens|usage_characters|success_count)\b/)).toEqual([]);
  });

  it('daily quota sizes are not written down outside core', () => {
    expect(
      hits(of(...outsideCore), /['"]?\b(speech-hd|speech-turbo|image-01|video|music|lyrics)\b['"]?\s*:\s*\d/),
    ).toEqual([]);
  });

  it('the mock’s validators take no literal bounds or choices: core’s table gives them', () => {
    const files = of('packages/mock/src/handlers', 'packages/mock/src/validate');
    expect(hits(files, /\b(numberField|stringField)\(.*\b(min|max|above):\s*-?\d/)).toEqual([]);
    expect(hits(files, /\boneOf\(.*\[\s*-?\d/)).toEqual([]);
  });

  it('the client’s and the limiter’s code spell no task status: core’s taskOutcome tells them', () => {
    // Statuses as MiniMax spells them and in lower case, but for the outcome names core uses itself.
    const outcomes = new Set(['running', 'succeeded', 'failed']);
    const spellings = taskStatuses.flatMap(({ status }) => [status, status.toLowerCase()]);
    const words = spellings.filter((word) => !outcomes.has(word));
    const files = of('packages/client/src', 'packages/limiter/src');
    expect(hits(files, new RegExp(quoted(words).source))).toEqual([]);
  });

  it('the mock’s handlers name no model: which model takes what is core’s models data', () => {
    const ids = models.flatMap((model) => [model.id, ...(model.aliases ?? [])]);
    expect(hits(of('packages/mock/src/handlers', 'packages/mock/src/limits'), quoted(ids))).toEqual([]);
  });

  it('telemetry names are spelled only in core: client and limiter emit core’s telemetryNames', () => {
    expect(hits(of(...outsideCore), telemetryName)).toEqual([]);
  });

  it('finds what it looks for (the patterns are live)', () => {
    const fake = [
      {
        path: 'x.ts',
        text: "const a = { 'speech-hd': 4000 };\nif (status === 'Success') numberField(b, 'n', { max: 9 });",
      },
    ];
    expect(hits(fake, /['"]?\b(speech-hd)\b['"]?\s*:\s*\d/)).toHaveLength(1);
    expect(
      hits([{ path: 'y.ts', text: "span.setAttribute('gen_ai.usage.cost', 1);" }], telemetryName),
    ).toHaveLength(1);
    expect(hits(fake, quoted(['success']))).toHaveLength(1);
    expect(hits(fake, /\b(numberField|stringField)\(.*\b(min|max|above):\s*-?\d/)).toHaveLength(1);
  });
});
