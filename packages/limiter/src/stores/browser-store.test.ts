import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { describeStoreConformance } from './__fixtures__/store-conformance.js';
import { browserStore } from './browser-store.js';

// The browser store's decisions, outside a browser: fake-indexeddb's IndexedDB (the real browser
// tests beside it cover the browsers' own).
let now = 0;
let stores = 0;
describeStoreConformance('browserStore', {
  store: () =>
    browserStore({
      name: `conformance-${stores++}`,
      indexedDB: new IDBFactory(),
      now: () => now,
    }),
  timeScale: 1,
  advance: async (ms) => {
    now += ms;
  },
  exact: true,
  runs: 100,
});

describe('browserStore’s BroadcastChannel (Node’s own)', () => {
  // An open BroadcastChannel is a MessagePort handle: it keeps Node alive and a page's port busy.
  const ports = () => process.getActiveResourcesInfo().filter((name) => name === 'MessagePort').length;

  it('wakes another store’s waiter, and closes with the last limiter listening on it', async () => {
    const before = ports();
    const indexedDB = new IDBFactory();
    const limiterOf = () =>
      createLimiter({
        limits: { s: { conn: 1 } },
        guardMs: 0,
        store: browserStore({ name: 'wake-test', indexedDB }),
      });
    const a = limiterOf();
    const b = limiterOf();
    expect(ports()).toBe(before + 2);
    const held = await a.acquire({ scope: 's', conn: true });
    const waiting = b.acquire({ scope: 's', conn: true });
    // The slot's lease lasts 10 minutes: only the release's message, from the other channel, wakes b.
    await held.release();
    const next = await waiting;
    await a.close();
    expect(ports()).toBe(before + 1);
    await b.close();
    expect(ports()).toBe(before);
    // A lease outliving its limiter still tells the other tabs, through a channel closed at once.
    await next.release();
    expect(ports()).toBe(before);
  });
});
