// Starts the real UI in happy-dom against a fake core: the only thing
// replaced is `invoke`, the boundary to the Rust side.
import { vi } from "vitest";
import * as fx from "./fixtures";

// State lives on globalThis: the tests reload the UI modules (and so this
// one) for every test, and all copies must see the same fake core.
interface Fake {
  calls: { cmd: string; args?: Record<string, unknown> }[];
  fail: { code: string; message: string } | null;
  locale: string;
}
const S: Fake = ((globalThis as { __fake?: Fake }).__fake ??= { calls: [], fail: null, locale: "en" });
export const calls = S.calls;
export function setFailNext(e: { code: string; message: string } | null): void {
  S.fail = e;
}

export async function fakeInvoke(cmd: string, args?: Record<string, unknown>): Promise<unknown> {
  calls.push({ cmd, args });
  if (S.fail) {
    const e = S.fail;
    S.fail = null;
    throw e;
  }
  switch (cmd) {
    case "locale_view":
      return fx.localeView(S.locale);
    case "set_locale":
      S.locale = String(args?.code);
      return fx.localeView(S.locale);
    case "topics":
      return fx.topics;
    case "topic":
      return fx.healthPage;
    case "article":
      return args?.id === "health-mental" ? fx.fallbackArticle : fx.stiArticle;
    case "search":
      return fx.searchView(String(args?.query));
    case "directory":
      return fx.directory;
    case "open_link":
      return null;
  }
  throw { code: "not-found", message: "This page could not be found." };
}

export function reset(): void {
  S.calls.length = 0;
  S.fail = null;
  S.locale = "en";
}

/** Waits until `check` holds, letting timers and promises run. */
export async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const $ = <E extends Element = HTMLElement>(sel: string) => document.querySelector<E>(sel);
export const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

export async function go(hash: string): Promise<void> {
  location.hash = hash; // happy-dom fires hashchange, as a browser does
  await new Promise((r) => setTimeout(r, 10));
}

export { vi };
