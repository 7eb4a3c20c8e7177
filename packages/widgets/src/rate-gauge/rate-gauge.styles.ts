import { css } from 'lit';

export const styles = css`
  .paused {
    grid-column: 1 / -1;
    color: var(--_critical);
    font-size: 0.875em;
  }
`;
