/**
 * JSON.stringify that writes bigints as bare integers, the way MiniMax writes int64 ids that a
 * JavaScript number cannot hold.
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  const marks: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'bigint') return item;
    marks.push(item.toString());
    return `\u0000bigint${marks.length - 1}\u0000`;
  });
  return marks.length === 0
    ? text
    : text.replace(/"\\u0000bigint(\d+)\\u0000"/g, (_m, index) => marks[Number(index)] ?? '0');
}
