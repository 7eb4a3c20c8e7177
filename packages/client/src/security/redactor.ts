/** Removes API keys from text and thrown values before they reach a caller or a log. */
export interface Redactor {
  /** Adds a key to look for (the configured one, or one a key function returned). */
  remember(key: string): void;
  /** The text with every key, and anything that looks like one, replaced by `[redacted]`. */
  text(text: string): string;
  /** Redacts, in place, every string of an error: its properties, their plain data, its causes; returns it. */
  error<E>(error: E): E;
}

const mask = '[redacted]';
// A mask already in the text (this text was redacted before): kept as it is, never masked again.
const masked = /\bBearer\s+\[redacted\]|\[redacted\]/.source;
// Things that look like a key whatever the configured one is: MiniMax's sk-api-/sk-cp- keys, the
// older JWT-shaped keys, and whatever follows a Bearer.
const keyLike = /\bsk-[A-Za-z0-9][\w.~+/=-]{5,}|\beyJ[\w-]{6,}(?:\.[\w-]*){0,2}|\bBearer\s+[^\s"',;)}[\]]+/
  .source;
const likely = new RegExp(`${masked}|${keyLike}`, 'g');
const kept = new RegExp(`^(?:${masked})$`);
const masking = (match: string) =>
  kept.test(match) ? match : match.startsWith('Bearer') ? `Bearer ${mask}` : mask;
const remembered = 8;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Forms a key can be echoed in: as is, JSON-escaped, URL-encoded, and long enough pieces of it. */
function formsOf(key: string): string[] {
  const forms = [key, JSON.stringify(key).slice(1, -1), encodeURIComponent(key)];
  // A server may echo a truncated key ("sk-api-abc…"): its first and last 12 characters are enough.
  if (key.length >= 24) forms.push(key.slice(0, 12), key.slice(-12));
  return forms.filter((form) => form.length >= 4);
}

/** Creates a redactor that knows the keys it is told about. */
export function createRedactor(): Redactor {
  const keys: string[] = [];
  // Known keys first, then anything key-like; a mask already in the text is kept as it is by both,
  // so redacting is exact (a key becomes the mask, nothing around it) and redacting again changes nothing.
  let known: RegExp | undefined;
  const text = (value: string): string =>
    (known ? value.replace(known, masking) : value).replace(likely, masking);

  const scrub = (value: unknown, depth: number, seen: Set<object>): void => {
    if (depth > 4 || typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const name of new Set([...Object.getOwnPropertyNames(value), 'message', 'stack'])) {
      let item: unknown;
      try {
        item = record[name];
      } catch {
        continue;
      }
      if (typeof item === 'string') {
        const clean = text(item);
        if (clean !== item) {
          try {
            Object.defineProperty(value, name, { value: clean, writable: true, configurable: true });
          } catch {
            // A frozen foreign error: its own text cannot be changed; it is left as thrown.
          }
        }
      } else if (
        typeof item === 'object' &&
        item !== null &&
        (Array.isArray(item) ||
          name === 'cause' ||
          item instanceof Error ||
          Object.getPrototypeOf(item) === Object.prototype)
      ) {
        // Causes, and the plain data errors carry (a ValidationError's issues).
        scrub(item, depth + 1, seen);
      }
    }
  };

  return {
    remember(key) {
      if (keys.includes(key)) return;
      keys.push(key);
      if (keys.length > remembered) keys.shift();
      const forms = [...new Set(keys.flatMap(formsOf))].sort((a, b) => b.length - a.length);
      known = forms.length ? new RegExp(`${masked}|${forms.map(escapeRegExp).join('|')}`, 'g') : undefined;
    },
    text,
    error(error) {
      scrub(error, 0, new Set());
      return error;
    },
  };
}
