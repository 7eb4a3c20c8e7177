import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import OpenAI6 from 'openai6';
import { zodResponseFormat as zodResponseFormat6 } from 'openai6/helpers/zod';
import { afterAll, describe, it } from 'vitest';
import { runCell } from './harness.js';
import {
  type Cell,
  features,
  formatMatrix,
  type Mode,
  type Row,
  record,
  recordNotApplicable,
} from './matrix.js';
import { aiSdkRows } from './rows/ai-sdk-providers.js';
import { anthropicRow } from './rows/anthropic.js';
import { langchainRow } from './rows/langchain.js';
import { openaiRow } from './rows/openai.js';

/**
 * Every client people call MiniMax with, at its current major, against the mock: a row per client,
 * a column per feature, each cell run straight on the mock's fetch and through `limiter.wrap`. The
 * matrix is printed at the end; a client that cannot do a feature says why instead of running.
 */
const rows: Row[] = [
  openaiRow('openai 7', OpenAI, zodResponseFormat),
  openaiRow('openai 6', OpenAI6 as unknown as typeof OpenAI, zodResponseFormat6 as typeof zodResponseFormat),
  anthropicRow,
  ...aiSdkRows,
  langchainRow,
];

const modes: Mode[] = ['direct', 'wrapped'];

for (const row of rows) {
  describe(row.name, () => {
    for (const feature of features) {
      const cell: Cell = row.cells[feature];
      if (typeof cell !== 'function') {
        recordNotApplicable(row.name, feature, cell.na);
        continue;
      }
      for (const mode of modes) {
        it(`${feature} (${mode})`, async () => {
          try {
            await runCell(mode, cell);
            record(row.name, feature, mode, '✓');
          } catch (error) {
            record(row.name, feature, mode, '✗');
            throw error;
          }
        });
      }
    }
  });
}

afterAll(() => {
  console.log(formatMatrix(rows));
});
