import { defineConfig, mergeConfig } from 'vitest/config';
import { browserProjects } from '../../vitest.browser.ts';
import shared from '../../vitest.shared.ts';

// Every widget test runs in real Chromium, Firefox ESR and WebKitGTK (those MINIMAX_KIT_ENGINES
// selects, all by default; see vitest.browser.ts at the root); screenshots go to the gitignored
// artifacts/ folder. The standalone files are built and served from Node, then loaded by a browser
// of each engine of its own (test/engines).
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        ...browserProjects(['src/**/*.test.ts']),
        {
          extends: true,
          test: {
            name: 'node',
            include: ['*.node.test.ts'],
            environment: 'node',
          },
        },
      ],
    },
  }),
);
