import { LitElement } from 'lit';
import { type Copy, copy } from '../copy/copy.ts';

/**
 * A page of the demo: rendered into the document, so the page's stylesheet applies, and drawn
 * again in the other language when `<html lang>` changes.
 */
export class Page extends LitElement {
  #observer = new MutationObserver(() => this.requestUpdate());

  protected get copy(): Copy {
    return copy();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }
}
