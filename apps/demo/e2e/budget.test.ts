import { expect, it } from 'vitest';
import {
  accessibilityProblemsOn,
  describeInEngines,
  errorsOn,
  openDemo,
  screenshotOf,
} from './engine-harness.ts';

describeInEngines('the limits page', (session) => {
  it('a daily budget: spending stops at its amount, and the server refuses nothing', async () => {
    const page = await openDemo(session, 'limits');
    // The outcome table: requests done and refused per workload (not the ledger's table beside it).
    const outcome = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('[aria-labelledby="outcome-heading"] tbody tr')].map((row) => {
            const cells = [...row.querySelectorAll('td')].map((cell) =>
              Number(cell.textContent?.replace(/,/g, '')),
            );
            return { done: cells[2], rejected: cells[3], overBudget: cells[4], failed: cells[5] };
          }),
        null,
      );
    const budget = { label: 'Daily budget (CNY, empty: none)' };
    await page.fill(budget, '5');
    await page.evaluate(() => {
      document.querySelector('input[name="budget"]')?.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    await page.click({ button: 'Start' });
    // Every workload shares the budget; music alone spends 5 CNY in a few simulated minutes.
    await expect
      .poll(async () => (await outcome()).reduce((sum, row) => sum + (row.overBudget ?? 0), 0))
      .toBeGreaterThan(0);
    const rows = await outcome();
    expect(
      rows.every((row) => row.rejected === 0 && row.failed === 0),
      JSON.stringify(rows),
    ).toBe(true);
    // Every workload ran, not only the first to wait.
    expect(
      rows.every((row) => (row.done ?? 0) > 0),
      JSON.stringify(rows),
    ).toBe(true);
    const spent = await page.evaluate(
      () =>
        document
          .querySelector('mm-spend-meter')
          ?.shadowRoot?.querySelector('[part="value"]')
          ?.textContent?.trim(),
      null,
    );
    expect(spent).toMatch(/of ¥5\.00|of CN¥5/);
    // What the ledger shows spent: calls let through before the refusal may still be running, so
    // their cost lands after it. It reaches most of the budget and never passes it.
    const ledger = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('[aria-labelledby="spend-heading"] tbody td:last-child')]
            .map((cell) => Number(cell.textContent?.replace(/[^\d.]/g, '')))
            .reduce((sum, amount) => sum + amount, 0),
        null,
      );
    await expect.poll(ledger).toBeGreaterThan(4);
    expect(await ledger()).toBeLessThanOrEqual(5);
    await screenshotOf(page, session, 'limits-budget');
    // Running, in English and the light theme: gauges, spend meter and tables as Chromium's 3× run checks them.
    expect(await accessibilityProblemsOn(page)).toEqual([]);
    await page.click({ button: 'Stop' });
    expect(await errorsOn(page)).toEqual([]);
    await page.close();
  }, 240_000);
});
