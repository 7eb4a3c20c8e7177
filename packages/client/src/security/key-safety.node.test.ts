import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answering, hi } from '../__fixtures__/setup.js';
import { createMiniMaxClient } from '../client.js';
import { ConfigurationError } from '../errors/configuration-error.js';

const key = 'sk-api-Zq8vL1mN5pR2tX9wY4cB7dF0gH3jK6';

describe('util.inspect of a thrown value', () => {
  it('shows no key, from a malformed key or a server echoing it', async () => {
    const thrown: unknown[] = [];
    try {
      createMiniMaxClient({ apiKey: `${key}\nX-Injected: 1` });
    } catch (error) {
      thrown.push(error);
    }
    const echo = createMiniMaxClient({
      apiKey: key,
      maxRetries: 0,
      fetch: answering(() => Response.json({ error: { message: `bad ${key}` } }, { status: 401 })),
    });
    thrown.push(await echo.chat.create(hi).catch((error) => error));
    expect(thrown).toHaveLength(2);
    for (const error of thrown) {
      expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(key.slice(8));
    }
  });
});

describe('a proxy baseURL with a user name and password', () => {
  it('is refused at creation (fetch cannot send it), without showing them', () => {
    for (const baseURL of [
      'https://gateway:Pr0xy-S3cret@proxy.example/minimax',
      'https://Pr0xy-S3cret@proxy.example',
    ]) {
      const error = (() => {
        try {
          createMiniMaxClient({ apiKey: key, baseURL });
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^baseURL holds a user name or password/);
      expect(inspect(error, { depth: 10, showHidden: true })).not.toContain('Pr0xy-S3cret');
    }
  });
});
