import { estimateCost, findModel, type ModelInfo, modelsOf, regionOfUrl } from '@minimax-kit/core';
import { limiterOfFetch } from '@minimax-kit/limiter';
import { DoubleLimitError } from '../errors/double-limit-error.js';
import { RegionMismatchError } from '../errors/region-mismatch-error.js';
import { UnsupportedModelError } from '../errors/unsupported-model-error.js';
import type { MiddlewareSettings } from '../middleware-options.js';
import type { LanguageModelLike } from '../model-shapes.js';
import { providerTarget } from './provider-target.js';

/**
 * Checks that a wrapped model can be limited and priced, and returns its canonical MiniMax id: a
 * MiniMax text model the compatible endpoints serve in the limiter's region, a provider pointed at
 * that region (when its URL names one), a fetch that is not `limiter.wrap` already, and — when the
 * limiter keeps budgets — a price in the region. Throws a typed error naming the fix otherwise.
 */
export function checkModel(model: LanguageModelLike, settings: MiddlewareSettings): string {
  const { region, budgets } = settings.limiter.config;
  const valid = modelsOf('text')
    .filter((info) => info.regions.includes(region) && !info.nativeOnly)
    .map((info) => info.id);
  let info: ModelInfo;
  try {
    info = findModel(String(model.modelId), 'text');
  } catch (error) {
    throw new UnsupportedModelError(String(model.modelId), model.provider, 'unknown', valid, {
      cause: error,
    });
  }
  if (info.nativeOnly) throw new UnsupportedModelError(model.modelId, model.provider, 'native-only', valid);
  if (!info.regions.includes(region))
    throw new UnsupportedModelError(model.modelId, model.provider, 'not-in-region', valid);
  const target = providerTarget(model);
  const called = target.url === undefined ? undefined : regionOfUrl(target.url);
  if (target.url !== undefined && called !== undefined && called !== region)
    throw new RegionMismatchError(called, region, new URL(target.url).origin);
  if (limiterOfFetch(target.fetch)) throw new DoubleLimitError(model.provider);
  // A budget reserves each call's worst case: a model without a price here would fail every call.
  if (budgets.length > 0)
    estimateCost({ kind: 'text', model: info.id, inputTokens: 0, outputTokens: 1 }, { region });
  return info.id;
}
