import { showError } from "../alert";
import { api } from "../api";
import { h, on } from "../dom";
import { localeView, t } from "../strings";
import type { SearchResult, SearchView } from "../types";

export const DEBOUNCE_MS = 120;

/** What the person typed, kept while they move between screens. */
let query = "";
let timer: ReturnType<typeof setTimeout> | undefined;
let asked = 0;

/** Quick exit: forget the query and any search still waiting. */
export function forgetSearch(): void {
  query = "";
  clearTimeout(timer);
  asked++;
}

function result(r: SearchResult): HTMLElement {
  const ui = localeView();
  return h("li", {},
    h("a", { class: "article-link", href: `#/article/${encodeURIComponent(r.id)}`, "data-article": r.id, lang: r.lang, dir: r.dir },
      h("span", { class: "item-title" }, r.title),
      h("span", { class: "item-topic", lang: ui.locale, dir: ui.dir }, r.topic_title),
      // Snippet parts are text; hits become <mark>. Never markup.
      h("span", { class: "item-summary" }, r.snippet.map((p) => (p.hit ? h("mark", {}, p.text) : p.text))),
      r.fallback ? h("span", { class: "badge", lang: ui.locale, dir: ui.dir }, t("ui-other-language")) : null,
    ),
  );
}

function show(view: SearchView, list: HTMLElement, status: HTMLElement): void {
  list.replaceChildren(...view.results.map(result));
  status.textContent = view.results.length ? view.count_label : t("ui-search-none");
}

/** The search screen; built at once: the search runs as the person types. */
export function renderSearch(): HTMLElement {
  const input = h("input", {
    id: "search-input",
    type: "search",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    enterkeyhint: "search",
    value: query,
  });
  input.value = query;
  const status = h("p", { id: "search-status", class: "search-status", "aria-live": "polite", role: "status" }, t("ui-search-hint"));
  const list = h("ol", { id: "search-results", class: "article-list" });

  const run = async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (!q) {
      list.replaceChildren();
      status.textContent = t("ui-search-hint");
      return;
    }
    try {
      const view = await api.search(q);
      if (mine === asked) show(view, list, status); // drop answers to older keystrokes
    } catch (e) {
      if (mine === asked) showError(e);
    }
  };
  on(input, "input", () => {
    query = input.value;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  const form = on(h("form", { role: "search", class: "search-form" },
    h("label", { for: "search-input" }, t("ui-search-label")),
    input,
  ), "submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  if (query.trim()) void run();

  return h("section", { class: "screen search", "aria-labelledby": "search-title" },
    h("h1", { id: "search-title", tabindex: -1 }, t("ui-search-title")),
    form,
    status,
    list,
  );
}
