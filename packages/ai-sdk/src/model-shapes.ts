// The parts of the AI SDK's language model specification this middleware reads, written as the
// smallest structural types that spec v3 (ai 6) and spec v4 (ai 7) both satisfy. Importing either
// version's types would tie the package to one major of `@ai-sdk/provider`; these fit both.

/** A language model as the middleware sees it: its id and provider, nothing else is relied on. */
export interface LanguageModelLike {
  readonly modelId: string;
  readonly provider: string;
  readonly supportedUrls: PromiseLike<Record<string, RegExp[]>> | Record<string, RegExp[]>;
}

/** One message of a call's prompt: the system prompt's `content` is a string, every other an array of parts. */
export interface PromptMessageLike {
  role: string;
  content: unknown;
}

/** The call options the middleware reads (and, for `maxOutputTokens`, sets). */
export interface CallOptionsLike {
  prompt: readonly PromptMessageLike[];
  maxOutputTokens?: number | undefined;
  tools?: readonly unknown[] | undefined;
  responseFormat?: { type: string; schema?: unknown } | undefined;
  abortSignal?: AbortSignal | undefined;
  providerOptions?: Readonly<Record<string, unknown>> | undefined;
}

/** Token counts as a model reports them; `inputTokens.total` includes the cached tokens. */
export interface UsageLike {
  inputTokens: {
    total: number | undefined;
    noCache: number | undefined;
    cacheRead: number | undefined;
    cacheWrite: number | undefined;
  };
  outputTokens: { total: number | undefined };
}

/** Provider metadata: JSON objects by provider. */
export type ProviderMetadataLike = Readonly<Record<string, unknown>>;

/** What `doGenerate` resolves with. */
export interface GenerateResultLike {
  usage: UsageLike;
  providerMetadata?: ProviderMetadataLike | undefined;
}

/** What `doStream` resolves with: a stream of parts, the last a `finish` part with the usage. */
export interface StreamResultLike {
  stream: ReadableStream<unknown>;
}

/** The `finish` part of a stream. */
export interface FinishPartLike {
  type: 'finish';
  usage: UsageLike;
  providerMetadata?: ProviderMetadataLike | undefined;
}
