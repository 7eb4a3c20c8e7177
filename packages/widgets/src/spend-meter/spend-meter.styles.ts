import { css } from 'lit';

export const styles = css`
  .detail,
  .forecast {
    grid-column: 1 / -1;
  }
  .forecast[data-over] {
    color: var(--_critical);
    font-weight: 600;
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
