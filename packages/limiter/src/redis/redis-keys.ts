import type { Dimension } from '../state/dimension.js';

/**
 * Redis keeps a window in buckets (a 600th of it, or the limit's own buckets) so that its memory
 * stays bounded however many requests pass; each counts until its bucket's end leaves the window.
 */
export function bucketed(d: Dimension): Dimension {
  if (d.kind === 'budget')
    return d.period
      ? d
      : { ...d, bucketMs: Math.max(1, Math.ceil(d.bucketMs > 0 ? d.bucketMs : d.windowMs / 600)) };
  if (d.kind !== 'window') return d;
  return { ...d, bucketMs: Math.max(1, Math.ceil(d.bucketMs > 0 ? d.bucketMs : d.windowMs / 600)) };
}

/** The hash tag every key of one API key shares, so Redis Cluster keeps them in one slot. */
export const tagOf = (prefix: string, key: string) => `${prefix}:{${key}}`;

/** The keys the limiter script touches for `dims`: the meta hash, then each dimension's own. */
export const keysOf = (tag: string, dims: readonly Dimension[]) => [
  `${tag}:meta`,
  ...dims.flatMap((d) =>
    d.kind === 'window' || d.kind === 'budget'
      ? [`${tag}:log:${d.id}`, `${tag}:amounts:${d.id}`]
      : [`${tag}:${d.kind}:${d.id}`],
  ),
];

// A draw's dimensions are sent with every decision: their keys and JSON are worked out once per
// dimensions array (a draw's are shared by every lease like it), for the last key they went to.
const sentDims = new WeakMap<readonly Dimension[], { tag: string; keys: readonly string[]; json: string }>();

/** The keys and the JSON of `dims` as the limiter script receives them. */
export function sentOf(tag: string, dims: readonly Dimension[]) {
  let sent = sentDims.get(dims);
  if (sent?.tag !== tag) {
    sent = { tag, keys: keysOf(tag, dims), json: JSON.stringify(dims) };
    sentDims.set(dims, sent);
  }
  return sent;
}
