import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPage } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const cdnUrl = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/(@minimax-kit\/[^@/]+)(?:@[^/]*)?\/(.+)$/;

/** A page's own server route `/api/minimax/*`, answered by the installed mock with a plan key. */
async function mockRoute(tools) {
  const { createMockMiniMax } = await import(pathToFileURL(tools.mock).href);
  const mock = createMockMiniMax({ region: 'global' });
  return (path, request) =>
    mock.fetch(`https://api.minimax.io${path}`, {
      method: request.method,
      headers: { authorization: 'Bearer sk-cp-mock' },
    });
}

/**
 * The README's ```html blocks, each in a page of its own on a loopback static server, loaded in
 * Chromium with jsDelivr / unpkg URLs of our packages answered from the installed package's files
 * (nothing else leaves the machine): every `mm-*` tag in the block is defined and renders.
 */
export async function checkHtml({ checks, group, appDir, blocks, tools, browser }) {
  const html = blocks.filter((block) => block.lang === 'html');
  if (html.length === 0) return;
  const dir = join(appDir, 'framework', 'html');
  mkdirSync(dir, { recursive: true });
  for (const block of html) {
    writeFileSync(
      join(dir, `line-${block.line}.html`),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /></head>\n<body>\n${block.code}</body>\n</html>\n`,
    );
  }
  let api;
  try {
    api = await mockRoute(tools);
  } catch (error) {
    checks.record(group, 'html pages: the mock behind /api/minimax loads', false, `    ${error.message}`);
  }
  const server = await serveStatic(dir, { api });
  const cdn = (url) => {
    const match = url.match(cdnUrl);
    return match ? join(appDir, 'node_modules', ...match[1].split('/'), match[2]) : undefined;
  };
  try {
    for (const block of html) {
      const tags = [...new Set([...block.code.matchAll(/<(mm-[a-z0-9-]+)/g)].map((match) => match[1]))];
      await checks.check(
        group,
        `\`\`\`html at line ${block.line}: renders ${tags.join(', ')} in Chromium`,
        () => checkPage(browser, `${server.url}line-${block.line}.html`, tags, { cdn }),
      );
    }
  } finally {
    await server.close();
  }
}
