import { estimateCost, tokenPlanRequests } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, demoSession, openPage, screenshot } from './harness.ts';

/** Money as the page shows it: an exact decimal string through Intl. */
const cny = (amount: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY', maximumFractionDigits: 20 }).format(
    amount as unknown as number,
  );

const session = demoSession();

describe('the demo, offline on the in-browser mock', () => {
  for (const [route, heading] of [
    ['calculator', 'What will it cost?'],
    ['limits', 'Limits & quota'],
    ['playground', 'Playground'],
    ['prices', 'Prices & limits'],
  ] as const) {
    it(`loads ${route} without console errors or axe violations (screenshot saved)`, async () => {
      const { page, errors } = await openPage(session.browser, `${session.url}#/${route}`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
      await page.waitForLoadState('networkidle');
      await screenshot(page, route);
      expect(errors).toEqual([]);
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('the calculator page', () => {
  it('switches the pages and every widget to Chinese, and to the dark theme, from the header', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}#/calculator`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('要花多少钱？');
    expect(await page.locator('nav').textContent()).toContain('价格与限额');
    const calculator = page.locator('mm-cost-calculator');
    await expect.poll(() => calculator.locator('[role="tab"]').nth(2).textContent()).toContain('视频');
    expect(await calculator.getAttribute('theme')).toBe('dark');
    await screenshot(page, 'calculator-zh-CN-dark');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.goto(`${session.url}#/limits`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('限额与配额');
    await page.getByRole('button', { name: '开始' }).click();
    await expect.poll(() => page.locator('mm-rate-gauge').getAttribute('theme')).toBe('dark');
    await page.waitForTimeout(1500);
    await screenshot(page, 'limits-zh-CN-dark');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: '停止' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Limits & quota');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prices a typed-in job to the exact decimal core gives', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}#/calculator`);
    await page.getByLabel('Input tokens').fill('1234567');
    await page.getByLabel('Output tokens').fill('7654321');
    await page.getByLabel('Cache read tokens').fill('333');
    const usage = {
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens: 1234567,
      outputTokens: 7654321,
      cacheReadTokens: 333,
    } as const;
    const expected = estimateCost(usage, { region: 'cn' }).total;
    const total = () =>
      page.evaluate(() => {
        const estimate = document.querySelector('mm-cost-calculator')?.estimate;
        return estimate?.state === 'priced' ? estimate.cost.total : undefined;
      });
    await expect.poll(total).toBe(expected);
    const shown = cny(expected); // a decimal string: Intl formats it exactly
    await expect.poll(() => page.locator('mm-cost-calculator [part="value"]').textContent()).toBe(shown);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the playground, on the in-browser mock', () => {
  it('streams chat progressively, then shows usage and cost', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}#/playground`);
    const output = page.locator('[data-chat-output]');
    // Every length the text is rendered at, recorded in the page as it renders: sampled from here,
    // a busy machine answers too slowly to see more than the last. The mock paces its chunks
    // (streamIntervalMs) and sends the next only once the last was read, so each is a render of its own.
    await output.evaluate((element) => {
      const lengths: number[] = [];
      Object.assign(window, { chatLengths: lengths });
      new MutationObserver(() => lengths.push(element.textContent?.length ?? 0)).observe(element, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await page.locator('[data-job="chat"] button').click();
    const cost = page.locator('[data-job="chat"] [data-cost]');
    await expect.poll(() => cost.textContent()).toContain('Cost');
    const finalText = (await output.textContent()) ?? '';
    expect(finalText.length).toBeGreaterThan(20);
    const lengths = await page.evaluate(() => (window as unknown as { chatLengths: number[] }).chatLengths);
    // The text grew through several lengths before it was whole, and never shrank.
    expect(new Set(lengths.filter((n) => n > 0 && n < finalText.length)).size).toBeGreaterThanOrEqual(3);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const line = (await cost.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    const [, shown, tokensIn, tokensOut] =
      line.match(
        /^Cost (CN¥[\d.]+) · not covered by a Token Plan · (\d+) tokens in, (\d+) out · first token in [\d,]+ ms(, [\d.]+ tokens\/s)?$/,
      ) ?? [];
    // The cost of exactly the usage the stream reported, as core computes it.
    const { total } = estimateCost(
      { kind: 'text', model: 'MiniMax-M2', inputTokens: Number(tokensIn), outputTokens: Number(tokensOut) },
      { region: 'cn' },
    );
    expect(shown).toBe(cny(total));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes a video job through its statuses to a playable clip, and speech to audio that plays', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}#/playground`);
    await page.locator('[data-job="video"] button').click();
    const video = page.locator('video[data-video]');
    await video.waitFor();
    await expect
      .poll(() => video.evaluate((el: HTMLVideoElement) => el.readyState))
      .toBeGreaterThanOrEqual(2);
    expect(
      await video.evaluate((el: HTMLVideoElement) => [el.videoWidth, el.videoHeight, el.duration]),
    ).toEqual([160, 90, 2]);
    const statuses = await page.locator('[data-video-statuses] li').allTextContents();
    expect(statuses.at(-1)).toBe('Success');
    expect(statuses).toEqual(expect.arrayContaining(['Processing']));
    const clip = {
      kind: 'video',
      model: 'MiniMax-Hailuo-02',
      mode: 'text-to-video',
      resolution: '768P',
      durationSeconds: 6,
    } as const;
    expect(
      (await page.locator('[data-job="video"] [data-cost]').textContent())?.replace(/\s+/g, ' '),
    ).toContain(
      `Cost ${cny(estimateCost(clip, { region: 'cn' }).total)} · ${tokenPlanRequests(clip).toLocaleString('en')} plan requests`,
    );

    await page.locator('[data-job="speech"] button').click();
    const audio = page.locator('audio[data-speech-audio]');
    await audio.waitFor();
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration)).toBeGreaterThan(0);
    await screenshot(page, 'playground-results');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
