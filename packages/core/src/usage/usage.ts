/** Text model ids MiniMax documents; any other string is accepted by the type and checked at run time. */
export type TextModel =
  | 'MiniMax-M3'
  | 'MiniMax-M2.7'
  | 'MiniMax-M2.7-highspeed'
  | 'MiniMax-M2.5'
  | 'MiniMax-M2.5-highspeed'
  | 'MiniMax-M2.1'
  | 'MiniMax-M2.1-highspeed'
  | 'MiniMax-M2'
  | 'MiniMax-M2-Stable'
  | (string & {});

/** Speech (T2A) model ids. */
export type SpeechModel =
  | 'speech-2.8-hd'
  | 'speech-2.8-turbo'
  | 'speech-2.6-hd'
  | 'speech-2.6-turbo'
  | 'speech-02-hd'
  | 'speech-02-turbo'
  | (string & {});

/** Video (Hailuo) model ids. */
export type VideoModel =
  | 'MiniMax-Hailuo-2.3'
  | 'MiniMax-Hailuo-2.3-Fast'
  | 'MiniMax-Hailuo-02'
  | (string & {});

/** Image model ids. */
export type ImageModel = 'image-01' | 'image-01-live' | (string & {});

/** Music model ids. */
export type MusicModel = 'music-2.6' | 'music-2.5+' | 'music-2.5' | 'music-2.0' | (string & {});

/** How a video starts: from a prompt, or from a first-frame image. */
export type VideoMode = 'text-to-video' | 'image-to-video';

/** Video resolutions as MiniMax labels them. */
export type VideoResolution = '512P' | '768P' | '1080P';

/** Tokens of one text request. The four counts are disjoint: `inputTokens` excludes cached tokens. */
export interface TextUsage {
  kind: 'text';
  model: TextModel;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  /** How many requests these tokens came from (Token Plan counts requests); 1 when absent. */
  requests?: number;
}

/** Speech synthesis, given as the text itself (counted with `billingCharacters`) or as billing characters. */
export type SpeechUsage = {
  kind: 'speech';
  model: SpeechModel;
  /** `sync` for /v1/t2a_v2, `async` for /v1/t2a_async_v2; `sync` when absent. */
  mode?: 'sync' | 'async';
} & ({ text: string; characters?: never } | { characters: number; text?: never });

/** Generated video clips of one model, mode, resolution and duration. */
export interface VideoUsage {
  kind: 'video';
  model: VideoModel;
  mode: VideoMode;
  resolution: VideoResolution;
  durationSeconds: number;
  /** Number of clips; 1 when absent. */
  count?: number;
}

/** Generated images. */
export interface ImageUsage {
  kind: 'image';
  model: ImageModel;
  count: number;
}

/** Generated songs. */
export interface MusicUsage {
  kind: 'music';
  model: MusicModel;
  count: number;
}

/** Generated lyrics (/v1/lyrics_generation has no model). */
export interface LyricsUsage {
  kind: 'lyrics';
  count: number;
}

/**
 * New voices from voice cloning or voice design. The voice fee is charged when the voice is first
 * used for synthesis; preview audio is charged per billing character.
 */
export interface VoiceUsage {
  kind: 'voice';
  operation: 'clone' | 'design';
  /** Number of voices; 1 when absent. */
  count?: number;
  /** Billing characters of preview audio. */
  previewCharacters?: number;
  /** Preview text, counted with `billingCharacters` (instead of `previewCharacters`). */
  previewText?: string;
  /** The speech model a clone preview is synthesised with; it sets the preview's price. */
  previewModel?: SpeechModel;
}

/** Token Plan image / video understanding requests (/v1/coding_plan/vlm), plan-only. */
export interface VlmUsage {
  kind: 'vlm';
  count: number;
}

/** Any billable MiniMax work, discriminated by `kind`. */
export type Usage =
  | TextUsage
  | SpeechUsage
  | VideoUsage
  | ImageUsage
  | MusicUsage
  | LyricsUsage
  | VoiceUsage
  | VlmUsage;

/** The `kind`s of work. */
export type UsageKind = Usage['kind'];
