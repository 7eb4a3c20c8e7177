import { createLimiter, type Limiter } from '@minimax-kit/limiter';
import { type MiniMaxKitMiddlewareOptions, minimaxKitMiddleware } from '../index.js';
import type { CallReport } from '../settle/call-report.js';
import { type AiSdk, aiMajors, type Provider, type Target } from './sdks.js';

/** What `wrapLanguageModel` takes as a model, at ai 7's types. */
export type Wrappable = Parameters<AiSdk['wrapLanguageModel']>[0]['model'];

/** A provider's MiniMax-M2 (or `modelId`) wrapped with the middleware over `limiter`. */
export function wrapModel(
  ai: AiSdk,
  provider: Provider,
  target: Target,
  limiter: Limiter = createLimiter({ region: 'global' }),
  options: Omit<MiniMaxKitMiddlewareOptions, 'limiter'> & { modelId?: string } = {},
) {
  const { modelId = 'MiniMax-M2', ...rest } = options;
  return ai.wrapLanguageModel({
    model: provider.model(target, modelId) as Wrappable,
    middleware: minimaxKitMiddleware({ limiter, ...rest }),
  });
}

/** `providerMetadata.minimaxKit` of a result. */
export const reportOf = (metadata: unknown): CallReport | undefined =>
  (metadata as { minimaxKit?: CallReport } | undefined)?.minimaxKit;

/** ai 7 and one of its providers by name, for tests that need not run the whole matrix. */
export function ai7(providerName = 'openai-compatible'): { ai: AiSdk; provider: Provider } {
  const major = aiMajors[0];
  const provider = major?.providers.find((candidate) => candidate.name === providerName);
  if (!major || !provider) throw new Error(`No ai 7 provider ${providerName}.`);
  return { ai: major.sdk, provider };
}

/** The rejection of a promise (fails when it resolves). */
export async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection.');
}
