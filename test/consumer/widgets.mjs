import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage, launchChromium } from './browser.mjs';
import { bundle, bundlers, writePage } from './bundles.mjs';
import { npmInstall } from './npm-project.mjs';
import { pinned } from './pins.mjs';
import { serveStatic } from './static-server.mjs';
import { checkTsx, checkVue } from './widget-frameworks.mjs';
import { checkHtml } from './widget-html.mjs';

/** The tags the installed package's custom-elements manifest declares. */
function manifestTags(packageDir) {
  const file = join(packageDir, 'dist', 'custom-elements.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const tags = manifest.modules?.flatMap((module) => module.declarations ?? []).map((d) => d.tagName);
  return [...new Set(tags.filter(Boolean))].sort();
}

/**
 * The widgets as an application uses them, in the widgets README project: a page importing every
 * widget entry built for production with Vite, Rollup and webpack and rendered in Chromium; then
 * the README's ```tsx, ```vue and ```html blocks.
 */
export async function checkWidgets({ checks, widgets, tools }) {
  const group = 'widgets';
  const { projectDir: appDir, blocks, entries } = widgets;
  if (!widgets.installed) {
    checks.record(
      group,
      'production builds, frameworks and pages',
      false,
      '    not checked: the README install failed',
    );
    return;
  }
  const toolchain = pinned(
    'vite',
    'rollup',
    '@rollup/plugin-node-resolve',
    'webpack',
    'typescript',
    '@types/react',
    'vue',
    'vue-tsc',
  );
  const install = await checks.check(group, `npm install --save-dev ${toolchain.join(' ')}`, () =>
    npmInstall(appDir, toolchain, { dev: true }),
  );
  if (!install) return;
  const tags = manifestTags(join(appDir, 'node_modules', '@minimax-kit', 'widgets'));
  checks.record(group, `custom-elements.json declares tags (${tags.join(', ')})`, tags.length > 0);
  const specifiers = entries.filter((entry) => entry.runtime && !entry.json).map((entry) => entry.specifier);
  writePage(appDir, specifiers, tags);

  const browser = await launchChromium(tools);
  try {
    for (const name of bundlers) {
      const built = await bundle(appDir, name);
      checks.record(
        group,
        `${name}: production build of ${specifiers.join(', ')}`,
        built.ok,
        built.detail,
        built.ms,
      );
      if (!built.ok || tags.length === 0) continue;
      const server = await serveStatic(built.dir);
      try {
        await checks.check(group, `${name}: every element defined and rendered in Chromium`, () =>
          checkPage(browser, server.url, tags),
        );
      } finally {
        await server.close();
      }
    }
    const readme = '@minimax-kit/widgets README';
    await checkTsx({ checks, group: readme, appDir, blocks, tools });
    await checkVue({ checks, group: readme, appDir, blocks });
    await checkHtml({ checks, group: readme, appDir, blocks, tools, browser });
  } finally {
    await browser.close();
  }
}
