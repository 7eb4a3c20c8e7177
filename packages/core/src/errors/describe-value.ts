/** The longest piece of caller input an error message quotes. */
const maxQuoted = 80;

/** `text` cut to `max` characters, saying how long it was when it was cut. */
export function clip(text: string, max = maxQuoted): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * A short, faithful description of a caller's value for an error message: `NaN` stays `NaN`
 * (JSON would say `null`), long strings are cut, objects are named by their type, never dumped.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(clip(value));
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return clip(`${value}n`);
    case 'symbol':
    case 'function':
      return `a ${typeof value}`;
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `an array of ${value.length}`;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
      return 'an object';
  }
}
