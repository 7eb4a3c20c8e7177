import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
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

/** Resolves when `child` has started, fails with `hint` when it cannot (not installed). */
function started(child: ChildProcess, hint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(new Error(hint, { cause: error })));
  });
}

/** Starts Xvfb on the first free display and resolves with its name, e.g. ":99". */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  // -displayfd makes Xvfb pick a free display and print its number once it accepts clients.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const hint = 'Xvfb did not start: install the Debian package xvfb.';
  await started(xvfb, hint);
  const [chunk] = (await Promise.race([
    once(xvfb.stdout as NodeJS.ReadableStream, 'data'),
    once(xvfb, 'exit').then(() => {
      throw new Error(hint);
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

/** A MiniBrowser session, and how to stop the processes it runs on. */
export interface WebKitSession {
  browser: WebdriverIO.Browser;
  /** Stops WebKitWebDriver and the Xvfb started for it; the session must be deleted first. */
  stopProcesses(): void;
}

/**
 * WebKitGTK has no headless mode, so this brings its own Xvfb (unless a DISPLAY is set) and its
 * own WebKitWebDriver, and asks that driver for a MiniBrowser session over classic WebDriver.
 */
export async function startWebKit(): Promise<WebKitSession> {
  const children: ChildProcess[] = [];
  const stopProcesses = () => {
    for (const child of children.reverse()) child.kill();
    children.length = 0;
  };
  try {
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      children.push(xvfb.process);
      display = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    children.push(driver);
    await started(driver, `${webkitDriverPath} did not start: install the Debian package webkit2gtk-driver.`);
    await waitForDriver(driver, port);
    const browser = await remote({
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
    return { browser, stopProcesses };
  } catch (error) {
    stopProcesses();
    throw error;
  }
}
