import { patient } from '../../../../test/redis-server.ts';
import { describeStoreConformance } from '../stores/__fixtures__/store-conformance.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { redisStore } from './redis-store.js';

// On Redis the clock is its TIME, which a test cannot move: a "minute" is scaled to 300 ms.
const redis = redisForTests();

describeStoreConformance('redisStore', {
  store: () => redisStore({ ...patient, client: redis.client }),
  timeScale: 0.005,
  advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  exact: false,
  runs: 40,
});
