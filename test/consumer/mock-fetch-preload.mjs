// Preloaded (`node --import`) into every README snippet the consumer suite runs. It is copied into
// the suite's tool project, so `@minimax-kit/mock` here is the installed tarball, not the workspace.
// MiniMax's hosts are answered by `createMockMiniMax().fetch` of the matching region; loopback
// passes through (a snippet may start `minimax-mock`); anything else is refused: no network.
import { createMockMiniMax } from '@minimax-kit/mock';

const regions = { 'api.minimax.io': 'global', 'api.minimaxi.com': 'cn' };
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);
const mocks = new Map();
const realFetch = globalThis.fetch;

function urlOf(input) {
  if (input instanceof Request) return new URL(input.url);
  return new URL(String(input));
}

globalThis.fetch = function fetch(input, init) {
  const url = urlOf(input);
  const region = regions[url.hostname];
  if (region) {
    if (!mocks.has(region)) mocks.set(region, createMockMiniMax({ region }));
    return mocks.get(region).fetch(input, init);
  }
  if (loopback.has(url.hostname)) return realFetch(input, init);
  return Promise.reject(new TypeError(`consumer suite: no network in README snippets (fetch ${url.origin})`));
};
