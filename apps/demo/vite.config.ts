import { defaultClientConditions, defineConfig, loadEnv } from 'vite';
import { sourceCondition } from '../../vitest.shared.ts';

/** Where the demo sends MiniMax calls in real mode: the region's host, or MINIMAX_BASE_URL. */
const hosts = { cn: 'https://api.minimaxi.com', global: 'https://api.minimax.io' } as const;

/**
 * Offline on the in-browser mock by default. With MINIMAX_API_KEY set, the dev server proxies
 * `/minimax/*` to MiniMax and adds the key there, so it never reaches the browser: the bundle
 * learns only the mode and the region.
 */
export default defineConfig(({ mode }) => {
  // Only this file sees the environment; nothing from it is handed to the bundle but mode and region.
  const env = { ...loadEnv(mode, process.cwd(), 'MINIMAX_'), ...process.env };
  const key = env.MINIMAX_API_KEY?.trim();
  const region = env.MINIMAX_REGION === 'global' ? 'global' : 'cn';
  const target = env.MINIMAX_BASE_URL ?? hosts[region];
  return {
    resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
    define: { __MINIMAX_MODE__: JSON.stringify({ real: Boolean(key), region }) },
    server: {
      proxy: key
        ? {
            '/minimax': {
              target,
              changeOrigin: true,
              rewrite: (path) => path.replace(/^\/minimax/, ''),
              headers: { authorization: `Bearer ${key}` },
            },
          }
        : {},
    },
    build: { target: 'es2022' },
  };
});
