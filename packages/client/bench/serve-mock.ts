// minimax-mock on loopback for the bench, in its own process, with the text model's rate limits
// lifted: the bench sends thousands of calls a minute and measures callers, not throttling.
import { startMockServer } from '@minimax-kit/mock/node';

const server = await startMockServer({ port: 0, limits: { 'text:MiniMax-M2.7': {} } });
console.log(`listening on ${server.url}`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
