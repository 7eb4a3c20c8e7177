// custom-elements.json, from the widgets' class JSDoc (@summary @slot @event @csspart @cssproperty).
export default {
  globs: ['src/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/__fixtures__/**'],
  outdir: 'dist',
  litelement: true,
};
