import { expect, it } from 'vitest';
import { accessibilityProblems, demoSession, openPage, screenshot } from './harness.ts';

// The two long runs on the simulator's clock, in Chromium: what they prove is the limiter's, which is
// the same JavaScript in every engine. A shorter run, on a daily budget, is budget.test.ts, in all.
const session = demoSession();

/** The outcome table: requests done and rejected per workload (not the ledger's table beside it). */
const outcome = (page: import('playwright').Page) =>
  page.locator('[aria-labelledby="outcome-heading"] tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
      const n = (i: number) => Number(cells[i]?.replace(/,/g, ''));
      return {
        workload: cells[0],
        perMinute: n(1),
        done: n(2),
        rejected: n(3),
        overBudget: n(4),
        failed: n(5),
        lastError: row.querySelectorAll('td')[5]?.getAttribute('title'),
      };
    }),
  );

const budget = (page: import('playwright').Page) => page.getByLabel('Daily budget (CNY, empty: none)');

it('at 3× every limit: zero server rejections with the limiter on, and they climb with it off', async () => {
  const { page, errors } = await openPage(session.browser, `${session.url}#/limits`);
  // Mainland China, paid tier, pay-as-you-go, chat + speech + image + music at 3× their RPM, the clock 10× faster.
  await expect(page.getByLabel('Load (× the limits)').inputValue()).resolves.toBe('3');
  // No budget: this is about rate limits, and a loaded machine may take long enough to spend the default.
  await expect(budget(page).inputValue()).resolves.toBe('200');
  await budget(page).fill('');
  await budget(page).dispatchEvent('change');
  await page.getByRole('button', { name: 'Start' }).click();
  const rejections = page.locator('[data-rejections]');
  await rejections.waitFor().catch((error) => {
    throw new Error(`${error.message}; page errors: ${[...new Set(errors)].join(' | ')}`);
  });
  // Until every stream has had two minutes' worth of its limit (about 20 s on an idle machine): every
  // rate window (60 s and a 30 s guard) fills and slides at least twice.
  const twoMinutes = (row: { done: number; perMinute: number }) => row.done >= (row.perMinute / 3) * 2;
  const workloads = (await outcome(page)).length;
  expect(workloads).toBeGreaterThan(3);
  await expect
    .poll(async () => (await outcome(page)).filter(twoMinutes).length, { timeout: 300_000 })
    .toBe(workloads);
  const on = await outcome(page);
  await screenshot(page, 'limits-running');
  expect(await accessibilityProblems(page)).toEqual([]);
  for (const row of on) {
    expect(row.rejected, JSON.stringify(row)).toBe(0);
    expect(row.overBudget, JSON.stringify(row)).toBe(0);
    expect(row.failed, JSON.stringify(row)).toBe(0);
  }
  await expect
    .poll(() =>
      page
        .locator('mm-rate-gauge')
        .evaluate((el) => el.shadowRoot?.querySelectorAll('[role="meter"]').length),
    )
    .toBeGreaterThan(3);

  await page.getByLabel('Limiter on').uncheck();
  await expect.poll(async () => Number(await rejections.getAttribute('data-rejections'))).toBeGreaterThan(0);
  await screenshot(page, 'limits-limiter-off');
  await page.getByRole('button', { name: 'Stop' }).click();
  expect(errors).toEqual([]);
});

it('on a Token Plan: daily quotas and the 5-hour window fill to the top with no rejection, and the meter shows it', async () => {
  const { page, errors } = await openPage(session.browser, `${session.url}#/limits`);
  await page.locator('select[name="plan"]').selectOption('starter');
  await page.getByRole('button', { name: 'Start' }).click();
  const meter = page.locator('mm-quota-meter');
  const row = (label: string) =>
    meter.evaluate(
      (el, label) =>
        [...(el.shadowRoot?.querySelectorAll('[part="row"]') ?? [])]
          .map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          .find((text) => text.startsWith(label)),
      label,
    );
  // The mock's starter plan allows 50 images a day; offered at 3× image-01's RPM on the 10× clock, they run out within seconds.
  // image-01's 10 RPM binds first: 50 images take five simulated minutes, 30 s here.
  await expect
    .poll(() => row('Today · image-01'), { timeout: 120_000 })
    .toContain('50 of 50 used')
    .catch(async (error) => {
      throw new Error(
        `${error.message}; outcome: ${JSON.stringify(await outcome(page))}; errors: ${errors.join(' | ')}`,
      );
    });
  await page.waitForTimeout(3000); // and nothing more gets through, or is refused
  expect(await row('Today · image-01')).toContain('50 of 50 used');
  expect(await row('5-hour window · MiniMax-M*')).toMatch(/[1-9]\d* of 600 used/);
  const rows = await outcome(page);
  expect(
    rows.map((row) => row.rejected + row.failed),
    JSON.stringify(rows),
  ).toEqual([0, 0, 0, 0]);
  await screenshot(page, 'limits-token-plan');
  await page.getByRole('button', { name: 'Stop' }).click();
  expect(errors).toEqual([]);
}, 240_000);
