import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, head } from './exec.mjs';
import { strangerEnv } from './npm-project.mjs';

// Each bundler builds `page/main.js` for production into `dist-<name>/` beside a copy of the page,
// from a script inside the app project, so that it resolves packages as the app's own build would.
const scripts = {
  vite: `import { build } from 'vite';
await build({
  configFile: false,
  root: 'page',
  logLevel: 'warn',
  build: { outDir: '../dist-vite', emptyOutDir: true },
});
`,
  rollup: `import { copyFileSync, mkdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
const bundle = await rollup({
  input: 'page/main.js',
  plugins: [nodeResolve({ browser: true, exportConditions: ['production'] })],
  onwarn(warning, warn) {
    // An import it cannot resolve would be left bare and fail in the browser: fail here instead.
    if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    warn(warning);
  },
});
await bundle.write({ dir: 'dist-rollup', format: 'es' });
await bundle.close();
mkdirSync('dist-rollup', { recursive: true });
copyFileSync('page/index.html', 'dist-rollup/index.html');
`,
  webpack: `import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import webpack from 'webpack';
const compiler = webpack({
  mode: 'production',
  context: process.cwd(),
  entry: './page/main.js',
  output: { path: resolve('dist-webpack'), filename: 'main.js' },
  devtool: false,
});
const stats = await new Promise((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
await new Promise((done) => compiler.close(done));
if (stats.hasErrors() || stats.hasWarnings()) console.error(stats.toString('errors-warnings'));
if (stats.hasErrors()) process.exit(1);
mkdirSync('dist-webpack', { recursive: true });
copyFileSync('page/index.html', 'dist-webpack/index.html');
`,
};

export const bundlers = Object.keys(scripts);

/** Writes the page: one element of each tag, and a module importing every widget entry. */
export function writePage(appDir, specifiers, tags) {
  mkdirSync(join(appDir, 'page'), { recursive: true });
  const body = tags.map((tag) => `    <${tag}></${tag}>`).join('\n');
  writeFileSync(
    join(appDir, 'page', 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>widgets</title></head>
  <body>
${body}
    <script type="module" src="./main.js"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(appDir, 'page', 'main.js'),
    specifiers.map((specifier) => `import '${specifier}';\n`).join(''),
  );
}

/** Builds the page with one bundler; resolves with `{ ok, detail, dir }`. */
export async function bundle(appDir, name) {
  const script = join(appDir, `build-${name}.mjs`);
  writeFileSync(script, scripts[name]);
  const result = await exec(process.execPath, [script], {
    cwd: appDir,
    env: strangerEnv({ NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' }),
  });
  return {
    ok: result.code === 0,
    detail: head(result.output),
    dir: join(appDir, `dist-${name}`),
    ms: result.ms,
  };
}
