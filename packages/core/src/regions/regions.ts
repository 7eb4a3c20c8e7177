import { deepFreeze } from '../data/deep-freeze.js';
import { urlArgument } from '../errors/check-argument.js';

/** A MiniMax platform: `cn` (mainland China, api.minimaxi.com, CNY) or `global` (api.minimax.io, USD). */
export type Region = 'cn' | 'global';

/** The currency a region bills in. Prices are never converted between them. */
export type Currency = 'CNY' | 'USD';

/** Each region's API host, billing currency and console. Keys are bound to the region that issued them. */
export const regions = /* @__PURE__ */ deepFreeze({
  cn: { baseURL: 'https://api.minimaxi.com', currency: 'CNY', platform: 'https://platform.minimaxi.com' },
  global: { baseURL: 'https://api.minimax.io', currency: 'USD', platform: 'https://platform.minimax.io' },
} as const satisfies Record<Region, { baseURL: string; currency: Currency; platform: string }>);

const hostRegions: Record<string, Region> = {
  'api.minimaxi.com': 'cn',
  'www.minimaxi.com': 'cn',
  'api.minimax.chat': 'cn',
  'api.minimaxi.chat': 'cn',
  'api.minimax.io': 'global',
  'www.minimax.io': 'global',
  'api-uw.minimax.io': 'global',
};

/** The region a MiniMax URL belongs to, or `undefined` for any other host (a proxy, a mock). */
export function regionOfUrl(url: string | URL): Region | undefined {
  if (typeof url !== 'string') urlArgument(url, 'url');
  const host = typeof url === 'string' ? URL.canParse(url) && new URL(url).hostname : url.hostname;
  return host ? hostRegions[host] : undefined;
}
