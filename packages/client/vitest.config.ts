import { defineConfig, mergeConfig } from 'vitest/config';
import { browserProjects } from '../../vitest.browser.ts';
import shared from '../../vitest.shared.ts';

// The same suite in Node and in the edge runtime; a smoke test in real Chromium, Firefox and WebKit
// (those MINIMAX_KIT_ENGINES selects, all by default).
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'node', include: ['src/**/*.test.ts'], exclude: ['src/**/*.browser.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'edge',
            environment: 'edge-runtime',
            include: ['src/**/*.test.ts'],
            exclude: ['src/**/*.browser.test.ts', 'src/**/*.node.test.ts'],
          },
        },
        ...browserProjects(['src/**/*.browser.test.ts']),
      ],
    },
  }),
);
