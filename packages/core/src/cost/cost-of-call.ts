import { type RequestOrder, requestOrder } from '../endpoints/request-order.js';
import { objectArgument, stringArgument, urlArgument } from '../errors/check-argument.js';
import { MiniMaxKitError } from '../errors/minimax-kit-error.js';
import { type CostLine, type EstimateCostOptions, estimateCost } from '../pricing/estimate-cost.js';
import { type Currency, type Region, regions } from '../regions/regions.js';
import { taskOutcome } from '../tasks/task-statuses.js';
import type { Usage } from '../usage/usage.js';
import { reportedUsage } from './reported-usage.js';

/** What a call cost, exactly: `total` and each line's `amount` are decimal strings in the region's currency. */
export interface PricedCall {
  priced: true;
  currency: Currency;
  total: string;
  lines: CostLine[];
  /** The usage priced: what MiniMax reported (or, where it reports nothing, what the request fixed). */
  usage?: Usage;
  /** Why a call is free of charge when that is not obvious: refused, a video not yet finished … */
  note?: string;
}

/** A call minimax-kit cannot price, and why: a model the catalog does not know, an answer without usage … */
export interface UnpricedCall {
  priced: false;
  reason: string;
  model?: string;
}

/** The cost of one finished MiniMax call: priced exactly, or explicitly not priced — never a silent 0. */
export type CallCost = PricedCall | UnpricedCall;

/** What `costOfCall` prices: the request that ordered the work, and the answer that reports it. */
export interface CallToPrice extends Pick<EstimateCostOptions, 'at' | 'catalog'> {
  method: string;
  /** The request URL (any host or proxy prefix) or just its path. */
  url: string | URL;
  /** The request body: JSON text or an object. */
  body?: unknown;
  /**
   * The answer's JSON — or, for a stream, an object with the usage it reported (`{ usage }` for
   * chat, `{ extra_info }` for speech). For a video job, its status query's answer: the clip is
   * charged once its task reports `Success`.
   */
  answer?: unknown;
  /** The region whose prices apply when the URL's host does not say (a path, a proxy, a mock). */
  region?: Region;
  /** MiniMax refused the call (an error answer): nothing is charged. */
  refused?: boolean;
}

const free = (region: Region, note?: string): PricedCall => ({
  priced: true,
  currency: regions[region].currency,
  total: '0',
  lines: [],
  ...(note ? { note } : {}),
});

const unpriced = (reason: string, model?: string): UnpricedCall => ({
  priced: false,
  reason,
  ...(model ? { model } : {}),
});

function serviceTierOf(body: unknown): 'priority' | undefined {
  let fields = body;
  if (typeof body === 'string') {
    try {
      fields = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  return (fields as { service_tier?: unknown } | null)?.service_tier === 'priority' ? 'priority' : undefined;
}

function videoState(description: RequestOrder, answer: unknown): PricedCall | undefined {
  if (description.api !== 'video' || description.operation !== 'create') return undefined;
  const outcome = taskOutcome((answer as { status?: unknown } | null)?.status);
  const region = description.region as Region;
  if (outcome === 'failed') return free(region, 'A video whose task failed is not charged.');
  if (outcome !== 'succeeded')
    return free(
      region,
      'A video is charged when its task succeeds: the status query that sees it is priced.',
    );
  return undefined;
}

/**
 * Prices one finished MiniMax call from its request and what its answer reports — tokens for
 * chat (with the request's model and `service_tier`), billing characters for speech, images made,
 * a song, a video clip once its task succeeded — at the region's pay-as-you-go prices. Calls that
 * charge nothing (queries, files, refused calls) cost `"0"`; anything it cannot price is
 * `{ priced: false, reason }`. Never throws for a call it cannot price.
 */
export function costOfCall(call: CallToPrice): CallCost {
  objectArgument(call, 'call', 'pass { method, url, body?, answer?, region? }');
  stringArgument(call.method, 'call.method', 'pass an HTTP method such as "POST"');
  urlArgument(call.url, 'call.url');
  let description: RequestOrder;
  try {
    description = requestOrder(call.method, call.url, call.body);
  } catch (error) {
    if (error instanceof MiniMaxKitError) return unpriced(error.message);
    throw error;
  }
  const region = description.region ?? call.region;
  if (!region) return unpriced('The region is unknown: pass region (the URL names no MiniMax host).');
  Object.assign(description, { region });
  if (call.refused) return free(region, 'MiniMax refused the call: nothing is charged.');
  const video = videoState(description, call.answer);
  if (video) return video;
  if (!description.usage && !description.unpriced) return free(region);
  const usage = reportedUsage(description, call.answer);
  if (!usage)
    return unpriced(
      description.unpriced ?? `The answer reported no usage of ${description.api}.`,
      description.model,
    );
  const serviceTier = serviceTierOf(call.body);
  try {
    const { currency, total, lines } = estimateCost(usage, {
      region,
      ...(call.at === undefined ? {} : { at: call.at }),
      ...(call.catalog ? { catalog: call.catalog } : {}),
      ...(serviceTier ? { serviceTier } : {}),
    });
    return { priced: true, currency, total, lines, usage };
  } catch (error) {
    if (error instanceof MiniMaxKitError) return unpriced(error.message, description.model);
    throw error;
  }
}
