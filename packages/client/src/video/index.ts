export type { Video, VideoParams, VideoResult, VideoStatus } from './video.js';
export type { VideoClient } from './video-client.js';
export { createVideoClient } from './video-client.js';
