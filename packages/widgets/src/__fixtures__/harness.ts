// What every widget test needs: mount a widget, check it with axe, save screenshots.
import axe from 'axe-core';
import { expect } from 'vitest';
import { page, server } from 'vitest/browser';

/** Mounts `markup` in a fresh container and waits for the widget's first render. */
export async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  markup: string,
): Promise<T> {
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.style.padding = '16px';
  container.style.maxWidth = '720px';
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.firstElementChild as T;
  await element.updateComplete;
  return element;
}

/** Fails with every axe violation found in the element (its shadow root included). */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Saves a screenshot of the element as artifacts/widgets/<name>.png at the repository root (a dark
 * page behind dark themes), <name>-<engine>.png outside Chromium so engines never overwrite each
 * other. Paths are relative to the test file, which sits in src/<widget>/.
 */
export async function screenshot(element: HTMLElement, name: string): Promise<void> {
  const dark = element.getAttribute('theme') === 'dark';
  document.body.style.background = dark ? '#0e0e11' : '#ffffff';
  await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  const engine = server.browser === 'chromium' ? '' : `-${server.browser}`;
  await page.screenshot({ element, path: `../../../../artifacts/widgets/${name}${engine}.png` });
}

/** Every language and theme a widget is shown in. */
export const looks = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'zh-CN', theme: 'light' },
  { lang: 'zh-CN', theme: 'dark' },
] as const;
