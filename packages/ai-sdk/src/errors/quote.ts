/** A caller's value in a message: quoted, and never long enough to bury the message. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}
