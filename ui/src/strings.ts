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

/** The message `id` in the reader's language. A missing id shows as
 *  `fallback` if given, else as itself (the coverage tests in
 *  core/tests/content.rs keep that from shipping). Strings are missing only
 *  when the core could not even say which language to use. */
export function t(id: string, fallback?: string): string {
  return view.strings[id] ?? fallback ?? id;
}
