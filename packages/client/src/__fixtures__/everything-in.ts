/** Everything a thrown value shows: message, stack, properties and its causes'. */
export function everythingIn(error: unknown, depth = 0): string {
  if (depth > 3 || error === null || error === undefined) return '';
  if (typeof error !== 'object') return String(error);
  const record = error as Record<string, unknown>;
  const parts = [String(record.message), String(record.stack)];
  for (const name of Object.getOwnPropertyNames(error)) {
    const value = record[name];
    parts.push(typeof value === 'object' ? everythingIn(value, depth + 1) : String(value));
  }
  return parts.join('\n');
}
