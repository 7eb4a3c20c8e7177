/** What the dev server tells the bundle: whether it proxies to real MiniMax, and for which region. Never the key. */
declare const __MINIMAX_MODE__: { real: boolean; region: 'cn' | 'global' };
