import { afterAll, describe, it } from 'vitest';
import { aiMajors, openaiMajors } from './clients.js';
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
import { aiSdkRow } from './rows/ai-sdk.js';
import { anthropicRow } from './rows/anthropic.js';
import { langchainRow } from './rows/langchain.js';
import { openaiRow } from './rows/openai.js';

/**
 * Every client people call MiniMax with, at its current major, against the mock: a row per client,
 * a column per feature, each cell run straight on the mock's fetch and through `limiter.wrap`. The
 * matrix is printed at the end; a client that cannot do a feature says why instead of running.
 */
const rows: Row[] = [
  ...openaiMajors.map(openaiRow),
  anthropicRow,
  ...aiMajors.flatMap((major) => major.providers.map((provider) => aiSdkRow(major, provider))),
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
