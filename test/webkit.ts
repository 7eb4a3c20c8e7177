import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { WebdriverBrowserProvider, webdriverio } from '@vitest/browser-webdriverio';
import { remote } from 'webdriverio';

/** Debian's WebKitGTK browser and its WebDriver, as CI installs them (webkit2gtk-driver). */
export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free loopback port, asked of the kernel. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No loopback port to be had.');
  return address.port;
}

/** Starts Xvfb on the first free display and resolves with its name, e.g. ":99". */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  // -displayfd makes Xvfb pick a free display and print its number once it accepts clients.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [chunk] = (await Promise.race([
    once(xvfb.stdout as NodeJS.ReadableStream, 'data'),
    once(xvfb, 'exit').then(() => {
      throw new Error('Xvfb did not start: install the Debian package xvfb.');
    }),
  ])) as [Buffer];
  return { display: `:${chunk.toString().trim()}`, process: xvfb };
}

/** Resolves once the driver answers /status, or fails when it exits first. */
async function waitForDriver(driver: ChildProcess, port: number): Promise<void> {
  let exited = false;
  driver.once('exit', () => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`${webkitDriverPath} exited: install the Debian package webkit2gtk-driver.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * WebKitGTK has no headless mode, so the provider brings its own Xvfb (unless a DISPLAY is set)
 * and its own WebKitWebDriver, and asks that driver for a MiniBrowser session. Everything else —
 * commands, locators, frames — is Vitest's WebdriverIO provider as it ships.
 */
class WebKitGtkProvider extends WebdriverBrowserProvider {
  private readonly children: ChildProcess[] = [];

  override async openBrowser(): Promise<WebdriverIO.Browser> {
    if (this.browser) return this.browser;
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      this.children.push(xvfb.process);
      display = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    this.children.push(driver);
    await waitForDriver(driver, port);
    this.browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'silent',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver 2.50 refuses a session that asks for BiDi (webSocketUrl), which
        // WebdriverIO asks for by default: classic WebDriver is all it gets.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    return this.browser;
  }

  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      for (const child of this.children.reverse()) child.kill();
      this.children.length = 0;
    }
  }
}

/** A Vitest browser provider for WebKitGTK's MiniBrowser through WebKitWebDriver. */
export function webkitGtk(): ReturnType<typeof webdriverio> {
  return {
    ...webdriverio(),
    supportedBrowser: ['webkit'],
    providerFactory: (project) => new WebKitGtkProvider(project, {}),
  };
}
