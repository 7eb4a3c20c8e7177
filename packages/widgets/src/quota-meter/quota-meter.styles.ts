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
  [part~='track'] {
    grid-column: 1 / -1;
  }
  .muted,
  .empty {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  [part='forecast'] {
    grid-column: 1 / -1;
  }
  .badge {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_warning);
  }
  [data-level='critical'] .badge {
    color: var(--_critical);
  }
`;
