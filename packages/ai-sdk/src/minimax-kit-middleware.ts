import { admitCall } from './admit-call.js';
import { type MiniMaxKitMiddlewareOptions, resolveMiddlewareOptions } from './middleware-options.js';
import type {
  CallOptionsLike,
  GenerateResultLike,
  LanguageModelLike,
  StreamResultLike,
} from './model-shapes.js';
import type { CallSettlement } from './settle/call-settlement.js';
import { settleStream } from './settle/settle-stream.js';
import { checkModel } from './setup/check-model.js';

/**
 * A language model middleware for `wrapLanguageModel` of `ai` 6 and 7. Its hooks are generic over
 * the result they pass on, so one object fits spec v3 (ai 6) and v4 (ai 7): ai 7 takes a middleware
 * of any `specificationVersion`, ai 6 only `v3`, and both call the same hooks with the same fields.
 */
export interface MiniMaxKitMiddleware {
  readonly specificationVersion: 'v3';
  /** Checks the model at `wrapLanguageModel` (see `minimaxKitMiddleware`); keeps its URLs. */
  overrideSupportedUrls(options: { model: LanguageModelLike }): LanguageModelLike['supportedUrls'];
  /** Sends a call without `maxOutputTokens` with the cap the limiter reserves for. */
  transformParams<P extends CallOptionsLike>(options: {
    params: P;
    type: 'generate' | 'stream';
  }): PromiseLike<P>;
  /** Waits for room, calls, settles to the reported usage, adds `providerMetadata.minimaxKit`. */
  wrapGenerate<R extends GenerateResultLike>(options: {
    doGenerate: () => PromiseLike<R>;
    params: CallOptionsLike;
    model: LanguageModelLike;
  }): PromiseLike<R>;
  /** As `wrapGenerate`, settling when the stream's `finish` part passes. */
  wrapStream<R extends StreamResultLike>(options: {
    doStream: () => PromiseLike<R>;
    params: CallOptionsLike;
    model: LanguageModelLike;
  }): PromiseLike<R>;
}

/**
 * Keeps every call of a wrapped MiniMax model within the limiter's limits, Token Plan and budgets,
 * with the call's real demand (model, prompt estimate, `maxOutputTokens`); settles it to the usage
 * the model reports (in a stream, its `finish` part) and adds the exact cost, wait, plan draw and
 * what is left as `providerMetadata.minimaxKit`. The model is checked when `wrapLanguageModel`
 * wraps it — a model MiniMax does not serve, a provider pointed at another region than the
 * limiter's, a provider whose fetch is already `limiter.wrap(fetch)` throw a typed error there.
 */
export function minimaxKitMiddleware(options: MiniMaxKitMiddlewareOptions): MiniMaxKitMiddleware {
  const settings = resolveMiddlewareOptions(options);
  const checked = new WeakMap<LanguageModelLike, string>();
  const modelOf = (model: LanguageModelLike) => {
    let id = checked.get(model);
    if (id === undefined) {
      id = checkModel(model, settings);
      checked.set(model, id);
    }
    return id;
  };

  // Waits for the limiter, then starts the call; a call that fails to start gives back its lease.
  const admitAndStart = async <R>(
    model: string,
    params: CallOptionsLike,
    start: () => PromiseLike<R>,
  ): Promise<[CallSettlement, R]> => {
    const call = await admitCall(settings, model, params);
    try {
      return [call, await start()];
    } catch (error) {
      await call.failed(error);
      throw error;
    }
  };

  return {
    specificationVersion: 'v3',
    // The one hook both majors' `wrapLanguageModel` call at once with the model (the others wait
    // for a call), so a model that cannot work fails where it is set up, not mid-call. Every call
    // checks again (cached), for hosts that wrap models their own way.
    overrideSupportedUrls({ model }) {
      modelOf(model);
      return model.supportedUrls;
    },
    async transformParams({ params }) {
      if (params.maxOutputTokens !== undefined) return params;
      return { ...params, maxOutputTokens: settings.defaultMaxOutputTokens };
    },
    async wrapGenerate<R extends GenerateResultLike>({
      doGenerate,
      params,
      model,
    }: {
      doGenerate: () => PromiseLike<R>;
      params: CallOptionsLike;
      model: LanguageModelLike;
    }): Promise<R> {
      const [call, result] = await admitAndStart(modelOf(model), params, doGenerate);
      const minimaxKit = await call.finished(result.usage);
      return { ...result, providerMetadata: { ...result.providerMetadata, minimaxKit } };
    },
    async wrapStream<R extends StreamResultLike>({
      doStream,
      params,
      model,
    }: {
      doStream: () => PromiseLike<R>;
      params: CallOptionsLike;
      model: LanguageModelLike;
    }): Promise<R> {
      const [call, result] = await admitAndStart(modelOf(model), params, doStream);
      // The same parts go on (the finish part with one more metadata entry), so the type holds.
      return { ...result, stream: settleStream(result.stream, call) as R['stream'] };
    },
  };
}
