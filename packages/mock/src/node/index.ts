export type { MockServer, MockServerOptions } from './serve.js';
export { startMockServer } from './serve.js';
