import { LitElement } from 'lit';

/** A page of the demo: rendered into the document, so the page's stylesheet applies. */
export class Page extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
