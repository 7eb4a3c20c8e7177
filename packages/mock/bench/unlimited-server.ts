// minimax-mock's server with the chat model's limits out of reach: the bench measures answers, not
// the 429s its documented 500 RPM would give a load of thousands a second.
import { startMockServer } from '../src/node/serve.js';

const server = await startMockServer({ port: 0, limits: { 'text:MiniMax-M2.7': { rpm: 1e12, tpm: 1e15 } } });
console.log(`minimax-mock listening on ${server.url}`);
