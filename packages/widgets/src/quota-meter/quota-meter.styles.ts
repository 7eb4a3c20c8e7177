import { css } from 'lit';

export const styles = css`
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
