import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseKeyDef } from '@vitest/browser';
import type { ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';

/** What every command receives from the Firefox provider, beside Vitest's own context. */
export interface FirefoxCommandContext {
  page: Page;
  frame: Frame;
  testPath?: string;
}

/**
 * Finds the element a Vitest selector names. With a WebdriverIO-style provider the browser side
 * sends a CSS path from the document down; a leading `>>>` says the path crosses shadow roots, so
 * each step looks among an element's light children and its shadow root's children.
 */
async function find(frame: Frame, selector: string): Promise<ElementHandle<Element>> {
  const deep = selector.startsWith('>>>');
  const path = deep ? selector.slice(3) : selector;
  const handle = await frame.evaluateHandle((steps: string[]) => {
    let found: Element[] = [document.documentElement];
    for (const [index, step] of steps.entries()) {
      if (index === 0 && document.documentElement.matches(step)) continue;
      found = found.flatMap((el) =>
        [...el.children, ...(el.shadowRoot?.children ?? [])].filter((child) => child.matches(step)),
      );
    }
    return found[0] ?? null;
  }, path.split(' > '));
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`No element matches ${selector} in the test frame.`);
  return element;
}

const takeScreenshot = async (
  context: FirefoxCommandContext,
  _name: string,
  options: { element?: string; path?: string; save?: boolean },
) => {
  if (!context.testPath) throw new Error('A screenshot needs a running test.');
  if (!options.path) throw new Error('The Firefox provider saves screenshots to an explicit path only.');
  const path = resolve(dirname(context.testPath), options.path);
  await mkdir(dirname(path), { recursive: true });
  const target = options.element ? await find(context.frame, options.element) : await context.frame.$('body');
  if (!target) throw new Error('The test frame has no body to photograph.');
  const buffer = await target.screenshot({ path: path as `${string}.png` });
  return { buffer: Buffer.from(buffer), path };
};

const fill = async (context: FirefoxCommandContext, selector: string, text: string) => {
  const element = await find(context.frame, selector);
  // Select what is there so typing replaces it, as Playwright's fill does.
  await element.evaluate((el) => {
    (el as HTMLElement).focus();
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
  });
  if (text === '') await context.page.keyboard.press('Backspace');
  else await context.page.keyboard.type(text);
};

const click = async (context: FirefoxCommandContext, selector: string) => {
  await (await find(context.frame, selector)).click();
};

const keyboard = async (context: FirefoxCommandContext, text: string, state: { unreleased: string[] }) => {
  const pressed = new Set(state.unreleased);
  for (const { releasePrevious, releaseSelf, repeat, keyDef } of parseKeyDef(text)) {
    const key = keyDef.key as KeyInput;
    if (pressed.has(key)) {
      await context.page.keyboard.up(key);
      pressed.delete(key);
    }
    if (releasePrevious) continue;
    for (let i = 0; i < repeat; i++) await context.page.keyboard.down(key);
    if (releaseSelf) await context.page.keyboard.up(key);
    else pressed.add(key);
  }
  return { unreleased: [...pressed] };
};

const keyboardCleanup = async (context: FirefoxCommandContext, state: { unreleased?: string[] }) => {
  for (const key of state.unreleased ?? []) await context.page.keyboard.up(key as KeyInput);
};

const selectOptions = async (
  context: FirefoxCommandContext,
  selector: string,
  values: ({ index: number } | string)[],
) => {
  const element = await find(context.frame, selector);
  await element.evaluate((el, wanted) => {
    const select = el as HTMLSelectElement;
    for (const value of wanted) {
      const index =
        typeof value === 'string' ? [...select.options].findIndex((o) => o.value === value) : value.index;
      const option = select.options[index];
      if (option) option.selected = true;
    }
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, values);
};

const viewport = async (context: FirefoxCommandContext, options: { width: number; height: number }) => {
  await context.page.setViewport(options);
};

/** The `__vitest_*` commands the widget tests use, over Puppeteer's WebDriver BiDi. */
export const firefoxCommands = {
  __vitest_takeScreenshot: takeScreenshot,
  __vitest_fill: fill,
  __vitest_click: click,
  __vitest_keyboard: keyboard,
  __vitest_cleanup: keyboardCleanup,
  __vitest_selectOptions: selectOptions,
  __vitest_viewport: viewport,
};
