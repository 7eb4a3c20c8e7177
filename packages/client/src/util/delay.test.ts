import { afterEach, describe, expect, it, vi } from 'vitest';
import { delay } from './delay.js';

describe('delay', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the time and leaves no listener on the signal', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    const added = vi.spyOn(controller.signal, 'addEventListener');
    for (let i = 0; i < 20; i++) {
      const waiting = delay(1000, { signal: controller.signal });
      await vi.advanceTimersByTimeAsync(1000);
      await waiting;
    }
    expect(added).toHaveBeenCalledTimes(20);
    expect(removed).toHaveBeenCalledTimes(20);
    expect(removed.mock.calls.map((call) => call[1])).toEqual(added.mock.calls.map((call) => call[1]));
  });

  it('rejects with the reason at once when aborted, or already aborted', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const waiting = delay(60_000, { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(vi.getTimerCount()).toBe(0);
    await expect(delay(1, { signal: controller.signal })).rejects.toThrow('stop');
  });

  it('waits without a signal', async () => {
    vi.useFakeTimers();
    let done = false;
    void delay(500).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
