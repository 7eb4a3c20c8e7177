/** The browser engines the browser tests run in. */
export const engineNames = ['chromium', 'firefox', 'webkit'] as const;

/** A browser engine: Chromium, Firefox ESR or WebKitGTK, each as Debian packages it. */
export type EngineName = (typeof engineNames)[number];

const isEngine = (name: string): name is EngineName => (engineNames as readonly string[]).includes(name);

/**
 * The engines to run in: every one, unless MINIMAX_KIT_ENGINES names some (comma-separated). CI's
 * second pass over the tests, on the newer Node, sets it to `chromium`: the engines do not change
 * with Node, and the floor's pass has run them all. A name that is not an engine is an error, and
 * so is a list with none: a typo must never quietly run fewer engines.
 */
export function selectedEngines(value = process.env.MINIMAX_KIT_ENGINES): EngineName[] {
  if (value === undefined) return [...engineNames];
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !isEngine(name));
  if (unknown.length > 0 || names.length === 0)
    throw new Error(
      `MINIMAX_KIT_ENGINES="${value}" names no engine${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}: use a comma-separated list of ${engineNames.join(', ')}, or unset it for all.`,
    );
  return engineNames.filter((name) => names.includes(name));
}
