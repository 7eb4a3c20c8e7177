import { LitElement, nothing } from 'lit';
import { type Copy, copy } from '../copy/copy.ts';

/**
 * A page of the demo: rendered into the document, so the page's stylesheet applies, and drawn
 * again when `<html lang>` or the chosen theme (`<html data-theme>`) changes.
 */
export class Page extends LitElement {
  #observer = new MutationObserver(() => this.requestUpdate());

  protected get copy(): Copy {
    return copy();
  }

  /** The theme chosen in the header, for the widgets' `theme` attribute; none follows the system. */
  protected get theme(): string | typeof nothing {
    return document.documentElement.dataset.theme ?? nothing;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'data-theme'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }
}
