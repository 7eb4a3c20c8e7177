/** The MiniMax APIs minimax-kit tells apart; rate limits and Token Plan rules attach to these. */
export const apis = /* @__PURE__ */ Object.freeze([
  'chat',
  't2a',
  't2a-async',
  'voice-list',
  'voice-clone',
  'voice-design',
  'video',
  'image',
  'music',
  'lyrics',
  'files',
  'quota',
  'vlm',
  'search',
  'account',
] as const);

/** One MiniMax API (see `apis`). */
export type Api = (typeof apis)[number];
