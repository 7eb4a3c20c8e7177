import { type ClientOptions, resolveOptions } from '../options.js';
import { createTransport } from '../transport/transport.js';
import { createVideo, type Video } from './video.js';

export type { Video, VideoParams, VideoResult, VideoStatus } from './video.js';

/** Video alone. */
export function createVideoClient(options: ClientOptions = {}): Video {
  return createVideo(createTransport(resolveOptions(options)));
}
