import type { LanguageModelLike } from '../model-shapes.js';

/** Where a model sends its calls, and with which fetch, when the model shows it. */
export interface ProviderTarget {
  url?: string;
  fetch?: unknown;
}

type Inspectable = LanguageModelLike & {
  buildRequestUrl?: (streaming: boolean) => unknown;
  config?: {
    url?: (options: { modelId: string; path: string }) => unknown;
    baseURL?: unknown;
    fetch?: unknown;
  };
};

/**
 * The URL and fetch of a model of `@ai-sdk/anthropic`, `@ai-sdk/minimax` (both `buildRequestUrl`)
 * or `@ai-sdk/openai-compatible` (`config.url`), at majors 2–4. The specification exposes neither,
 * so this reads what those models keep; a model that keeps them elsewhere (another provider, or a
 * model wrapped by another middleware first) shows nothing, and what it hides goes unchecked.
 */
export function providerTarget(model: LanguageModelLike): ProviderTarget {
  const inspectable = model as Inspectable;
  const config =
    typeof inspectable.config === 'object' && inspectable.config !== null ? inspectable.config : {};
  let url: unknown;
  try {
    if (typeof inspectable.buildRequestUrl === 'function') url = inspectable.buildRequestUrl(false);
    else if (typeof config.url === 'function')
      url = config.url({ modelId: model.modelId, path: '/chat/completions' });
    else url = config.baseURL;
  } catch {
    url = undefined;
  }
  return {
    ...(typeof url === 'string' && URL.canParse(url) ? { url } : {}),
    ...(config.fetch === undefined ? {} : { fetch: config.fetch }),
  };
}
