// Every error a call can throw, so that a subpath alone is enough for `instanceof` checks.
export * from '../errors/index.js';
export type { Video, VideoParams, VideoResult, VideoStatus } from './video.js';
export type { VideoClient } from './video-client.js';
export { createVideoClient } from './video-client.js';
