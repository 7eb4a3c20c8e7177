import { css } from 'lit';

export const styles = css`
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
  [part~='track'],
  .paused {
    grid-column: 1 / -1;
  }
  .paused {
    color: var(--_critical);
    font-size: 0.875em;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
`;
