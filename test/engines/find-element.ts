/**
 * What a test points at, searched in the document and in every open shadow root in it, as
 * Playwright's locators do, so that a widget's inner parts can be named:
 * - a CSS selector, matched within one tree (the document's or a shadow root's);
 * - `{ label }`: the form control a `<label>`, `aria-label` or `aria-labelledby` names so;
 * - `{ button }`: the button, tab or link whose `aria-label` or text is that.
 * Names are compared whole, whitespace squashed.
 */
export type Target = string | { label: string } | { button: string };

/**
 * Finds the first element `target` names, or null. Runs in the page: drivers send its source, so it
 * uses nothing from outside its own body.
 */
export function findElement(target: Target): Element | null {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  // Every element under `scope`, light and shadow, in tree order (a host before its shadow tree).
  const everyElement = (scope: ParentNode): Element[] =>
    [...scope.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? everyElement(el.shadowRoot) : []),
    ]);
  const named = (el: Element, name: string) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    const texts = [el.getAttribute('aria-label')];
    if (labelledBy)
      texts.push(
        labelledBy
          .split(/\s+/)
          .map((id) => root.getElementById?.(id)?.textContent ?? '')
          .join(' '),
      );
    for (const label of (el as HTMLInputElement).labels ?? []) {
      const copy = label.cloneNode(true) as Element;
      for (const control of copy.querySelectorAll('input, select, textarea, button')) control.remove();
      texts.push(copy.textContent);
    }
    return texts.some((text) => squash(text) === name);
  };

  const all = everyElement(document);
  if (typeof target === 'string') return all.find((el) => el.matches(target)) ?? null;
  if ('label' in target)
    return all.find((el) => el.matches('input, select, textarea') && named(el, target.label)) ?? null;
  return (
    all.find(
      (el) =>
        el.matches('button, a[href], [role="button"], [role="tab"]') &&
        (named(el, target.button) ||
          (!el.hasAttribute('aria-label') && squash(el.textContent) === target.button)),
    ) ?? null
  );
}

/**
 * How long a page action waits for its element to appear, as Playwright's locators wait: a page
 * renders after its modules load, which a loaded machine takes its time over.
 */
export const elementTimeout = 120_000;

/** The error of a page action whose element never appeared. */
export const noElement = (target: Target, cause?: unknown): Error =>
  new Error(`Nothing on the page matches ${typeof target === 'string' ? target : JSON.stringify(target)}.`, {
    cause,
  });
