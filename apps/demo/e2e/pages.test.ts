import { estimateCost } from '@minimax-kit/core';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, screenshot, startDemo } from './harness.ts';

let demo: Awaited<ReturnType<typeof startDemo>>;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the demo, offline on the in-browser mock', () => {
  for (const [route, heading] of [
    ['calculator', 'What will it cost?'],
    ['limits', 'Limits & quota'],
    ['playground', 'Playground'],
    ['prices', 'Prices & limits'],
  ] as const) {
    it(`loads ${route} without console errors (screenshot saved)`, async () => {
      const { page, errors } = await openPage(browser, `${demo.url}#/${route}`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
      await page.waitForLoadState('networkidle');
      await screenshot(page, route);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the calculator page', () => {
  it('prices a typed-in job to the exact decimal core gives', async () => {
    const { page, errors } = await openPage(browser, `${demo.url}#/calculator`);
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
    const shown = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: 'CNY',
      maximumFractionDigits: 20,
    }).format(expected as unknown as number); // a decimal string: Intl formats it exactly
    await expect.poll(() => page.locator('mm-cost-calculator [part="value"]').textContent()).toBe(shown);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the playground, on the in-browser mock', () => {
  it('streams chat progressively, then shows usage and cost', async () => {
    const { page, errors } = await openPage(browser, `${demo.url}#/playground`);
    const output = page.locator('[data-chat-output]');
    await page.locator('[data-job="chat"] button').click();
    // Sample the text as it arrives: it must grow through several lengths before the cost appears.
    const lengths = new Set<number>();
    const cost = page.locator('[data-job="chat"] [data-cost]');
    while (!(await cost.textContent())?.includes('Cost')) {
      lengths.add((await output.textContent())?.length ?? 0);
      await page.waitForTimeout(15);
    }
    const finalText = (await output.textContent()) ?? '';
    expect(finalText.length).toBeGreaterThan(20);
    expect([...lengths].filter((n) => n > 0 && n < finalText.length).length).toBeGreaterThanOrEqual(3);
    expect((await cost.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
      /Cost CNY 0\.\d+ · not covered by a Token Plan · \d+ tokens in, \d+ out/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes a video job through its statuses to a playable clip, and speech to audio that plays', async () => {
    const { page, errors } = await openPage(browser, `${demo.url}#/playground`);
    await page.locator('[data-job="video"] button').click();
    const video = page.locator('video[data-video]');
    await video.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => video.evaluate((el: HTMLVideoElement) => el.readyState), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    expect(
      await video.evaluate((el: HTMLVideoElement) => [el.videoWidth, el.videoHeight, el.duration]),
    ).toEqual([160, 90, 2]);
    const statuses = await page.locator('[data-video-statuses] li').allTextContents();
    expect(statuses.at(-1)).toBe('Success');
    expect(statuses).toEqual(expect.arrayContaining(['Processing']));
    expect(await page.locator('[data-job="video"] [data-cost]').textContent()).toContain('Cost CNY');

    await page.locator('[data-job="speech"] button').click();
    const audio = page.locator('audio[data-speech-audio]');
    await audio.waitFor();
    await expect
      .poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'playground-results');
    expect(errors).toEqual([]);
    await page.close();
  });
});
