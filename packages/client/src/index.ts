export type { GenAiTelemetry, OpenTelemetryApis } from '@minimax-kit/core';
export { openTelemetry, TelemetryOptionsError } from '@minimax-kit/core';
export type { Account, BalanceOptions, BalanceResult } from './account/account.js';
export * from './chat/index.js';
export type { MiniMaxClient } from './client.js';
export { createMiniMaxClient } from './client.js';
export * from './errors/index.js';
export type { FileObject, Files } from './files/files.js';
export { uploadPurposes } from './files/files.js';
export type { ImageAnswer, ImageParams, Images } from './image/image.js';
export type {
  CoverPreprocessParams,
  CoverPreprocessResult,
  CoverSegment,
} from './music/cover-preprocess.js';
export type { Lyrics, LyricsParams, Music, MusicInfo, MusicParams, MusicResult } from './music/music.js';
export type { ClientOptions, FetchLike, FetchWrapper, Logger } from './options.js';
export type { PollOptions } from './polling/poll-task.js';
export type { TaskFile } from './polling/task-file.js';
export type { Quota, QuotaResult } from './quota/quota.js';
export * from './speech/index.js';
export type { AudioStreamResult } from './streaming/audio-stream.js';
export { EventStream } from './streaming/event-stream.js';
export type { ResponseMeta, WithMeta } from './transport/meta.js';
export type { TransportOptions } from './transport/shown-options.js';
export type { CallInit, Transport } from './transport/transport.js';
export { hexToBytes } from './util/hex.js';
export * from './video/index.js';
export type { CloneParams, DesignParams, VoiceList, Voices } from './voices/voices.js';
