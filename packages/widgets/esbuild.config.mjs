// The standalone browser files in dist/browser/: one ES module per widget and one with all of them,
// each with Lit and core's data inlined, for a plain <script type="module"> on any page (a CDN or
// any static server). `pnpm build` writes them; the size check and the tests bundle them the same way.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Each standalone file (dist/browser/<name>.js) and the entry it bundles. */
export const browserFiles = {
  'cost-calculator': 'src/cost-calculator/index.ts',
  'quota-meter': 'src/quota-meter/index.ts',
  'rate-gauge': 'src/rate-gauge/index.ts',
  'spend-meter': 'src/spend-meter/index.ts',
  widgets: 'src/index.ts',
};

/**
 * Bundles every standalone file into `outdir` (relative to this package), or only in memory when
 * `write` is false. Resolves to esbuild's output files.
 */
export async function buildBrowserFiles({ outdir = 'dist/browser', write = true } = {}) {
  const result = await build({
    absWorkingDir: here,
    entryPoints: browserFiles,
    outdir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Core from its sources, exactly as the tests see it; Lit's production build.
    conditions: ['@minimax-kit/source'],
    write,
    logLevel: 'error',
  });
  return result.outputFiles ?? [];
}

// `node esbuild.config.mjs [outdir]`: the build script's last step (the tests pass their own outdir).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await buildBrowserFiles(process.argv[2] ? { outdir: process.argv[2] } : {});
