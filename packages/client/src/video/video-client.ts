import { type ClientOptions, resolveOptions } from '../options.js';
import { createTransport } from '../transport/transport.js';
import { createVideo, type Video } from './video.js';

/** The video part of a MiniMax client: `video`, as `createMiniMaxClient()` has it. */
export interface VideoClient {
  /** Video jobs: `/v1/video_generation`, polled to a download URL. */
  video: Video;
}

/** Video alone. */
export function createVideoClient(options: ClientOptions = {}): VideoClient {
  return { video: createVideo(createTransport(resolveOptions(options))) };
}
