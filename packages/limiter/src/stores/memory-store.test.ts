import { describeStoreConformance } from './__fixtures__/store-conformance.js';
import { memoryStore } from './memory-store.js';

let now = 0;
describeStoreConformance('memoryStore', {
  store: () => memoryStore({ now: () => now }),
  timeScale: 1,
  advance: async (ms) => {
    now += ms;
  },
  exact: true,
  runs: 200,
});
