import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// End-to-end: the demo served by Vite, driven in Chromium, Firefox ESR and WebKitGTK (those
// MINIMAX_KIT_ENGINES selects; see e2e/engine-harness.ts), one file at a time.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['e2e/**/*.test.ts'],
      environment: 'node',
      fileParallelism: false,
      // A loaded CI machine transforms a page's modules on first visit more slowly than a laptop.
      expect: { poll: { timeout: 120_000 } },
      // A test waits for several pages and jobs; only a hang should reach this.
      testTimeout: 600_000,
    },
  }),
);
