import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Resolves workspace packages to their TypeScript sources, so tests never need a build. */
export const sourceCondition = '@minimax-kit/source';

/** The Vitest settings every package shares. */
export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    passWithNoTests: false,
    // Generous on purpose: a busy CI machine or laptop may be several times slower than an idle
    // one, and no test asserts on speed. A hang still fails, just later.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // How long a browser project waits for its Chromium session. Vitest reads this from the root
    // configuration even when the browser is enabled in a project, so it is set here for all.
    browser: { connectTimeout: 300_000 },
  },
});
