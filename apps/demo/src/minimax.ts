import { createMiniMaxClient, type MiniMaxClient } from '@minimax-kit/client';
import { mode } from './mode.ts';

/** A client for the playground, and how to turn a media URL it returns into something a page can play. */
export interface Playground {
  client: MiniMaxClient;
  region: 'cn' | 'global';
  /** A `src` for `<audio>`, `<video>` or `<img>` from a MiniMax download URL. */
  media(url: string, type: string): Promise<string>;
}

/** The mock's key: it exists only inside the mock, so it is no secret. */
const mockKey = 'sk-api-mock';

export async function playground(): Promise<Playground> {
  if (mode.real) {
    // No key here: the proxy adds it on the server.
    const client = createMiniMaxClient({
      region: mode.region,
      baseURL: new URL('/minimax', location.href).href,
    });
    return { client, region: mode.region, media: async (url) => url };
  }
  const { createMockMiniMax } = await import('@minimax-kit/mock');
  const mock = createMockMiniMax({
    region: 'cn',
    keys: [{ key: mockKey, balance: '100' }],
    streamIntervalMs: 25,
    durations: { video: { preparing: 600, queueing: 900, processing: 1800 } },
  });
  const client = createMiniMaxClient({
    apiKey: mockKey,
    region: 'cn',
    fetch: mock.fetch,
    dangerouslyAllowBrowser: true,
  });
  return {
    client,
    region: 'cn',
    // The mock's download URLs exist only inside it: fetch the bytes through it.
    media: async (url, type) => {
      const response = await mock.fetch(url);
      return URL.createObjectURL(new Blob([await response.arrayBuffer()], { type }));
    },
  };
}
