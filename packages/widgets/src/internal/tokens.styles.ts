import { css } from 'lit';

const dark = css`
  color-scheme: dark;
  --_text: var(--mm-color-text, #f1f1f4);
  --_muted: var(--mm-color-muted, #b4b4bd);
  --_surface: var(--mm-color-surface, #17171b);
  --_raised: var(--mm-color-raised, #24242a);
  --_border: var(--mm-color-border, #4a4a55);
  --_accent: var(--mm-color-accent, #ff7aa8);
  --_on-accent: var(--mm-color-on-accent, #17171b);
  --_ok: var(--mm-color-ok, #6fd39b);
  --_warning: var(--mm-color-warning, #f2b84b);
  --_critical: var(--mm-color-critical, #ff8a80);
`;

/**
 * The global `--mm-*` design tokens every widget reads, light by default, dark with `theme="dark"`
 * or when the system prefers it. Set them on any ancestor to theme every widget at once.
 */
export const tokens = css`
  :host {
    --_radius: var(--mm-radius, 0.5rem);
    --_space: var(--mm-space, 0.75rem);
    color-scheme: light;
    --_text: var(--mm-color-text, #18181b);
    --_muted: var(--mm-color-muted, #57575f);
    --_surface: var(--mm-color-surface, #ffffff);
    --_raised: var(--mm-color-raised, #f4f4f6);
    --_border: var(--mm-color-border, #c9c9d1);
    --_accent: var(--mm-color-accent, #c2185b);
    --_on-accent: var(--mm-color-on-accent, #ffffff);
    --_ok: var(--mm-color-ok, #1b7f4b);
    --_warning: var(--mm-color-warning, #9a5b00);
    --_critical: var(--mm-color-critical, #b3261e);
    display: block;
    font-family: var(--mm-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--mm-font-size, 0.9375rem);
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;

/** Rows of labelled meter bars: `label`, `value`, then a `track` with its `indicator`, coloured by level. */
export const bars = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .label {
    font-weight: 600;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  [part~='track'] {
    grid-column: 1 / -1;
    position: relative;
    height: var(--mm-bar-height, 0.5rem);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  [part~='indicator'] {
    height: 100%;
    background: var(--_ok);
    border-radius: inherit;
    transition: width 0.2s ease;
  }
  [data-level='warning'] [part~='indicator'] {
    background: var(--_warning);
  }
  [data-level='critical'] [part~='indicator'] {
    background: var(--_critical);
  }
`;
