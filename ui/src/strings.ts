// UI strings: every text the person reads comes from the core's Fluent
// messages (i18n/<locale>/*.ftl), already in their language.
import type { Dir, LocaleView } from "./types";

let view: LocaleView = { locale: "en", dir: "ltr", locales: [], strings: {} };

export function setLocaleView(v: LocaleView): void {
  view = v;
  const root = document.documentElement;
  root.lang = v.locale;
  root.dir = v.dir;
}

export function localeView(): LocaleView {
  return view;
}

export function uiDir(): Dir {
  return view.dir;
}

/** The message `id` in the reader's language. A missing id shows as itself,
 *  which the coverage tests in core/tests/content.rs keep from shipping. */
export function t(id: string): string {
  return view.strings[id] ?? id;
}
