/** Offline on the in-browser mock, or real MiniMax through the dev server's proxy (which holds the key). */
export const mode = __MINIMAX_MODE__;
