// The built custom-elements.json describes every widget: its tag, attributes, events and parts.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const expected = {
  'mm-cost-calculator': ['mm-estimate-change'],
  'mm-quota-meter': ['mm-quota-threshold'],
  'mm-rate-gauge': [],
  'mm-spend-meter': ['mm-spend-threshold'],
};
const problems = [];
for (const [tag, events] of Object.entries(expected)) {
  const element = elements.find((e) => e.tagName === tag);
  if (!element) problems.push(`${tag} is missing`);
  else {
    const names = (element.events ?? []).map((e) => e.name);
    if (names.join() !== events.join()) problems.push(`${tag} lists events [${names}], expected [${events}]`);
    for (const key of ['attributes', 'cssParts', 'cssProperties'])
      if (!element[key]?.length) problems.push(`${tag} lists no ${key}`);
    if (!element.attributes?.some((a) => a.name === 'lang'))
      problems.push(`${tag} does not list its inherited lang`);
  }
}
if (problems.length) {
  console.error(`custom-elements.json: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${elements.map((e) => e.tagName).join(', ')}`);
