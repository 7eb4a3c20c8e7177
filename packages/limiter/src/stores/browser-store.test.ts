import { memoryLocks, memoryStorage } from './__fixtures__/in-memory-tab.js';
import { describeStoreConformance } from './__fixtures__/store-conformance.js';
import { browserStore } from './browser-store.js';

// The browser store's decisions, outside a browser: its storage and locks in memory (the real
// Chromium test beside it covers the browser's own).
let now = 0;
let stores = 0;
describeStoreConformance('browserStore', {
  store: () =>
    browserStore({
      name: `conformance-${stores++}`,
      storage: memoryStorage(),
      locks: memoryLocks(),
      now: () => now,
    }),
  timeScale: 1,
  advance: async (ms) => {
    now += ms;
  },
  exact: true,
  runs: 100,
});
