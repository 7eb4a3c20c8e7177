import { estimateCost, tokenPlanRequests } from '@minimax-kit/core';
import { expect, it } from 'vitest';
import type { EnginePage } from '../../../test/engines/engine-page.ts';
import {
  accessibilityProblemsOn,
  describeInEngines,
  errorsOn,
  money,
  openDemo,
  screenshotOf,
} from './engine-harness.ts';

/** The text of the first element `selector` matches, whitespace squashed; null when none does. */
const textOf = (page: EnginePage, selector: string) =>
  page.evaluate(
    (selector) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    selector,
  );

describeInEngines('the playground, on the in-browser mock', (session) => {
  it('streams chat progressively, then shows usage and cost', async () => {
    const page = await openDemo(session, 'playground');
    // Every length the text is rendered at, recorded in the page as it renders: sampled from here,
    // a busy machine answers too slowly to see more than the last. The mock paces its chunks
    // (streamIntervalMs) and sends the next only once the last was read, so each is a render of its own.
    await page.evaluate(() => {
      const element = document.querySelector('[data-chat-output]');
      if (!element) throw new Error('The playground has no chat output.');
      const lengths: number[] = [];
      Object.assign(window, { chatLengths: lengths });
      new MutationObserver(() => lengths.push(element.textContent?.length ?? 0)).observe(element, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }, null);
    await page.click('[data-job="chat"] button');
    await expect.poll(() => textOf(page, '[data-job="chat"] [data-cost]')).toContain('Cost');
    const finalText =
      (await page.evaluate<string | null>("document.querySelector('[data-chat-output]').textContent")) ?? '';
    expect(finalText.length).toBeGreaterThan(20);
    const lengths = await page.evaluate<number[]>('window.chatLengths');
    // The text grew through several lengths before it was whole, and never shrank.
    expect(new Set(lengths.filter((n) => n > 0 && n < finalText.length)).size).toBeGreaterThanOrEqual(3);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const line = (await textOf(page, '[data-job="chat"] [data-cost]')) ?? '';
    const [, shown, tokensIn, tokensOut] =
      line.match(
        /^Cost (CN¥[\d.]+) · not covered by a Token Plan · (\d+) tokens in, (\d+) out · first token in [\d,]+ ms(, [\d.]+ tokens\/s)?$/,
      ) ?? [];
    // The cost of exactly the usage the stream reported, as core computes it.
    const { total } = estimateCost(
      { kind: 'text', model: 'MiniMax-M2', inputTokens: Number(tokensIn), outputTokens: Number(tokensOut) },
      { region: 'cn' },
    );
    expect(shown).toBe(money(total, 'CNY'));
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  });

  it('takes a video job through its statuses to a playable clip, and speech to audio that plays', async () => {
    const page = await openDemo(session, 'playground');
    await page.click('[data-job="video"] button');
    const video = () =>
      page.evaluate(() => {
        const el = document.querySelector<HTMLVideoElement>('video[data-video]');
        return el ? { ready: el.readyState, size: [el.videoWidth, el.videoHeight, el.duration] } : null;
      }, null);
    // HAVE_CURRENT_DATA: the engine decoded a frame of the H.264 clip.
    await expect.poll(async () => (await video())?.ready ?? 0).toBeGreaterThanOrEqual(2);
    expect((await video())?.size).toEqual([160, 90, 2]);
    const statuses = await page.evaluate(
      () => [...document.querySelectorAll('[data-video-statuses] li')].map((li) => li.textContent),
      null,
    );
    expect(statuses.at(-1)).toBe('Success');
    expect(statuses).toEqual(expect.arrayContaining(['Processing']));
    const clip = {
      kind: 'video',
      model: 'MiniMax-Hailuo-02',
      mode: 'text-to-video',
      resolution: '768P',
      durationSeconds: 6,
    } as const;
    expect(await textOf(page, '[data-job="video"] [data-cost]')).toContain(
      `Cost ${money(estimateCost(clip, { region: 'cn' }).total, 'CNY')} · ${tokenPlanRequests(clip).toLocaleString('en')} plan requests`,
    );

    await page.click('[data-job="speech"] button');
    const duration = () =>
      page.evaluate("document.querySelector('audio[data-speech-audio]')?.duration || 0") as Promise<number>;
    await expect.poll(duration).toBeGreaterThan(0);
    await screenshotOf(page, session, 'playground-results');
    expect(await accessibilityProblemsOn(page)).toEqual([]);
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  });
});
