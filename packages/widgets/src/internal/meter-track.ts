import { html } from 'lit';

/** A meter's `track` and `indicator`, named by its row's label and read out as `valueText`. */
export function meterTrack(labelId: string, value: number, max: number, valueText: string) {
  const percent = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return html`<div
    part="track"
    role="meter"
    aria-labelledby=${labelId}
    aria-valuemin="0"
    aria-valuemax=${max}
    aria-valuenow=${Math.round(value)}
    aria-valuetext=${valueText}
  >
    <div part="indicator" style="width: ${percent}%"></div>
  </div>`;
}
