// A tiny element builder. Text always goes in through text nodes, never as
// markup: the one exception is the article body, which the core sanitises.

type Attr = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return el;
}

/** Runs `fn` when the element is activated by click (and so Enter/Space on buttons).
 *  `fn` may be async (a form that calls the core): the event does not wait
 *  for it, so it calls `preventDefault` before its first `await` and shows
 *  its own errors where they belong (next to the form, or in the alert). */
export function on<E extends HTMLElement>(el: E, event: string, fn: (e: Event) => void | Promise<void>): E {
  el.addEventListener(event, (e) => void fn(e));
  return el;
}
