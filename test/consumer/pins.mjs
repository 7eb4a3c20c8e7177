// Every tool the consumer suite installs, at one pinned version each. The packages under test
// come from their packed tarballs; a README's third-party packages (zod, openai, lit …) come from
// the registry at whatever version its install line asks for, as a stranger would get them.
export const pins = {
  typescript: '5.9.3',
  tsx: '4.23.15',
  '@types/node': '20.19.43',
  vite: '8.3.8',
  rollup: '4.68.8',
  '@rollup/plugin-node-resolve': '16.0.3',
  webpack: '5.113.0',
  '@types/react': '19.3.3',
  vue: '3.5.45',
  'vue-tsc': '3.3.14',
  'playwright-core': '1.65.1',
};

/** `name@version` of the named tools, for an npm install line. */
export const pinned = (...names) => names.map((name) => `${name}@${pins[name]}`);
