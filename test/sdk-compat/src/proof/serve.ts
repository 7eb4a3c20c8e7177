import type { MockKey } from '@minimax-kit/mock';
import { startMockServer } from '@minimax-kit/mock/node';

/**
 * The proof's server, in a process of its own so that it counts requests when they reach it, as
 * MiniMax does, whatever the clients' process is busy with. Its keys come as JSON in argv; it tells
 * the parent its URL, answers `counts` with the answers it gave by code, and stops on `close`.
 */
const keys = JSON.parse(process.argv[2] ?? '[]') as MockKey[];
const server = await startMockServer({ keys, seed: 7 });
process.send?.({ url: server.url });
process.on('disconnect', () => process.exit(0)); // the proof ended, however it ended
process.on('message', async (message) => {
  if (message === 'counts') process.send?.({ counts: server.mock.state.counts });
  if (message === 'close') {
    await server.close();
    process.exit(0);
  }
});
