// An id field followed by an integer too long for a double: quote it before parsing.
const longId = /("(?:task_id|file_id|id|voice_id)"\s*:\s*)(-?\d{16,})(?=\s*[,}\]])/g;

/** JSON.parse that keeps int64 ids (task_id, file_id …) exact, as strings, when they pass 2^53. */
export function parseExactJson(text: string): unknown {
  return JSON.parse(text.replace(longId, '$1"$2"'));
}

/** JSON.stringify that writes bigints (int64 ids) as bare integers, the way MiniMax reads them. */
export function stringifyExactJson(value: unknown): string {
  const longs: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'bigint') return item;
    longs.push(item.toString());
    return `\u0000${longs.length - 1}\u0000`;
  });
  return longs.length === 0
    ? text
    : text.replace(/"\\u0000(\d+)\\u0000"/g, (_match, index) => longs[Number(index)] ?? '0');
}
