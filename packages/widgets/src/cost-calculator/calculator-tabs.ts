import { html } from 'lit';
import { type CalculatorKind, calculatorKinds } from './calculator-input.js';
import { type CalculatorView, kindName } from './calculator-view.js';

/** The tab an arrow, Home or End key moves to from `kind`, if the key moves at all. */
function tabAfter(kind: CalculatorKind, key: string): CalculatorKind | undefined {
  const index = calculatorKinds.indexOf(kind);
  const last = calculatorKinds.length - 1;
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last };
  const target = moves[key];
  if (target === undefined) return undefined;
  return calculatorKinds[(target + calculatorKinds.length) % calculatorKinds.length];
}

/** The region choice and the modality tabs; `focus` moves focus to a tab once it is drawn. */
export function calculatorTabs(view: CalculatorView, focus: (kind: CalculatorKind) => void) {
  const { t, input } = view;
  const onKey = (event: KeyboardEvent) => {
    const kind = tabAfter(input.kind, event.key);
    if (kind === undefined) return;
    event.preventDefault();
    view.set('kind', kind);
    focus(kind);
  };
  return html`<fieldset class="region" part="field">
      <legend part="label">${t.region}</legend>
      ${(['cn', 'global'] as const).map(
        (region) => html`<label class="choice">
          <input
            type="radio"
            name="region"
            value=${region}
            .checked=${input.region === region}
            @change=${() => view.set('region', region)}
          />${t.regions[region]}
        </label>`,
      )}
    </fieldset>
    <div part="tabs" role="tablist" aria-label=${t.costCalculator} @keydown=${onKey}>
      ${calculatorKinds.map(
        (kind) => html`<button
          part="tab"
          role="tab"
          id="tab-${kind}"
          type="button"
          aria-selected=${input.kind === kind}
          aria-controls="panel"
          tabindex=${input.kind === kind ? 0 : -1}
          @click=${() => view.set('kind', kind)}
        >
          ${kindName(view, kind)}
        </button>`,
      )}
    </div>`;
}
