import type { EngineName } from './engines.ts';
import type { Target } from './find-element.ts';

/**
 * One tab or window of a browser, driven alike in every engine. Calls to different pages may run
 * one after another: WebDriver classic has one current window per session, so WebKit's pages take
 * turns. Work that must overlap across pages is started in each (kept in a `window` property) and
 * awaited after.
 */
export interface EnginePage {
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  /** The value of a JavaScript expression in the page, a promise awaited; JSON values only. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Calls `fn(arg)` in the page (its source is sent, so it closes over nothing); JSON values only. */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Clicks the element as a user would: the driver's pointer, not a synthetic event. */
  click(target: Target): Promise<void>;
  /** Replaces a text field's value by typing `text` into it. */
  fill(target: Target, text: string): Promise<void>;
  /** Chooses the option with this value of a `<select>`. */
  select(target: Target, value: string): Promise<void>;
  /**
   * What the driver heard the page log as an error or throw, since it opened: Playwright and
   * Puppeteer hear the console; WebDriver classic hears nothing, so this stays empty in WebKit.
   */
  consoleErrors(): string[];
  /** Saves a PNG of the page at `path`. */
  screenshot(path: string): Promise<void>;
  /** Closes this tab or window (in WebKit, blanks the window for the next page). */
  close(): Promise<void>;
}

/** A running browser of one engine. */
export interface EngineBrowser {
  readonly engine: EngineName;
  /** Opens a new tab or window, blank, of the browser's one profile (so one origin shares storage). */
  newPage(): Promise<EnginePage>;
  /** Closes the browser and everything it started (profile, driver, X server). */
  close(): Promise<void>;
}

/** What a browser is launched with. */
export interface LaunchOptions {
  /** CSS pixels of every page's viewport. */
  viewport?: { width: number; height: number };
}

/**
 * Launches a browser of `engine`: Chromium through Playwright, Firefox ESR through Puppeteer over
 * WebDriver BiDi, WebKitGTK through WebKitWebDriver. Each fails, never skips, when its browser is
 * missing, with the Debian package to install.
 */
export async function launchEngine(engine: EngineName, options: LaunchOptions = {}): Promise<EngineBrowser> {
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  switch (engine) {
    case 'chromium':
      return (await import('./playwright-page.ts')).launchChromium(viewport);
    case 'firefox':
      return (await import('./puppeteer-page.ts')).launchFirefoxPages(viewport);
    case 'webkit':
      return (await import('./webdriver-page.ts')).launchWebKitPages(viewport);
  }
}
