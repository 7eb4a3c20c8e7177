import { LitElement, type PropertyDeclarations } from 'lit';
import type { Translation } from '../translations/translation.js';
import { Formatter, translationFor } from './localize.js';

const formatters = new Map<Translation, Formatter>();

// Outside the class, so the manifest lists each widget's own events rather than this helper's.
const dispatch = (target: EventTarget, name: string, detail: unknown) =>
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

/**
 * The base of every minimax-kit widget: its language (its own `lang`, else `<html lang>`, followed
 * as they change), its theme (`theme="light" | "dark"`, else the system's) and typed events.
 */
export class MmElement extends LitElement {
  static override properties: PropertyDeclarations = { lang: { reflect: true }, theme: { reflect: true } };
  /** `light`, `dark`, or absent to follow the system. */
  declare theme: 'light' | 'dark' | undefined;

  #observer: MutationObserver | undefined;

  /** The language the widget speaks now. */
  get format(): Formatter {
    const t = translationFor(this.lang || document.documentElement.lang || navigator.language);
    let formatter = formatters.get(t);
    if (!formatter) {
      formatter = new Formatter(t);
      formatters.set(t, formatter);
    }
    return formatter;
  }

  get t(): Translation {
    return this.format.t;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its own lang is a reactive property; the page's is watched.
    this.#observer = new MutationObserver(() => this.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Dispatches an `mm-` event that bubbles out of shadow roots. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    dispatch(this, name, detail);
  }
}
