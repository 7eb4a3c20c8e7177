import { css } from 'lit';

export const styles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  legend {
    float: left;
    margin-inline-end: 0.5rem;
    font-weight: 600;
  }
  .choice {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    cursor: pointer;
  }
  input[type='radio'] {
    accent-color: var(--_accent);
  }
  [part='tabs'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  [part='tab'] {
    font: inherit;
    color: var(--_muted);
    background: none;
    border: 0;
    border-bottom: 3px solid transparent;
    padding: 0.4rem 0.75rem;
    cursor: pointer;
  }
  [part='tab'][aria-selected='true'] {
    color: var(--_text);
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  [role='tabpanel'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .wide,
  .summary,
  .plans,
  .notice {
    grid-column: 1 / -1;
  }
  [part='label'] {
    font-weight: 600;
    font-size: 0.875em;
  }
  [part='input'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4rem 0.5rem;
    min-width: 0;
  }
  [part='input'][aria-invalid='true'] {
    border-color: var(--_critical);
  }
  textarea[part='input'] {
    resize: vertical;
  }
  .error {
    color: var(--_critical);
    margin: 0;
    font-size: 0.875em;
  }
  .hint,
  .source,
  .plan {
    color: var(--_muted);
    margin: 0;
    font-size: 0.875em;
  }
  .source a {
    color: inherit;
  }
  .source ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .source .notes {
    margin-top: 0.25rem;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    background: var(--_raised);
    border-radius: calc(var(--_radius) / 2);
  }
  .summary {
    display: grid;
    gap: 0.5rem;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25rem 0;
    text-align: start;
    font-weight: normal;
    vertical-align: top;
  }
  .quantity {
    color: var(--_muted);
    padding-inline: 0.75rem;
  }
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part='total'] {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    margin: 0;
    font-weight: 600;
  }
  [part='value'] {
    font-size: 1.5em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .plans {
    display: grid;
    gap: 0.25rem;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .plans caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .plans thead th {
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }
  .plans td,
  .plans th {
    padding-inline-end: 0.75rem;
  }
  .plans tr[data-cheapest] th[scope='row'] {
    font-weight: 600;
  }
  .plans .amount .hint {
    display: block;
  }
  .cheapest {
    color: var(--_accent);
    font-size: 0.8em;
  }
  .misses {
    margin: 0;
    padding-inline-start: 1rem;
    color: var(--_muted);
  }
`;
