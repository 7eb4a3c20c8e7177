// Reads a package README the way the snippet convention defines it: the packages on its
// `npm install` lines and its fenced code blocks, each with its language, line and marker.

const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const typecheckOnly = /^<!--\s*consumer:\s*typecheck-only\b.*-->$/;

/** Every fenced block: `{ lang, code, line, typecheckOnly, marker }` (`line` is the fence's, 1-based). */
export function codeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(fence);
    if (!open) continue;
    const [, indent, marks, lang] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = lines[j].match(/^\s*(`{3,}|~{3,})\s*$/);
      if (close && close[1][0] === marks[0] && close[1].length >= marks.length) break;
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const marker = k >= 0 ? lines[k].trim() : '';
    blocks.push({
      lang: lang.toLowerCase(),
      code: `${body.join('\n')}\n`,
      line: i + 1,
      typecheckOnly: typecheckOnly.test(marker),
      marker,
    });
    i = j;
  }
  return blocks;
}

/** The package name of an install spec (`zod@^4`, `@scope/name@1` → `zod`, `@scope/name`). */
export function specName(spec) {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return at === -1 ? spec : spec.slice(0, at);
}

/** The union of the package specs named on the `npm install …` lines of the README's shell blocks. */
export function installSpecs(markdown) {
  const specs = new Map();
  for (const block of codeBlocks(markdown)) {
    if (!['sh', 'bash', 'shell', 'console', 'zsh'].includes(block.lang)) continue;
    for (const raw of block.code.split('\n')) {
      const line = raw
        .replace(/^\s*\$\s*/, '')
        .replace(/\s#.*$/, '')
        .trim();
      const match = line.match(/^npm\s+(?:install|i|add)\b(.*)$/);
      if (!match) continue;
      for (const token of match[1].trim().split(/\s+/)) {
        if (token === '' || token.startsWith('-')) continue;
        specs.set(specName(token), token);
      }
    }
  }
  return [...specs.values()];
}
