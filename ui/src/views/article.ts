import { showError } from "../alert";
import { api } from "../api";
import { h, on } from "../dom";
import { localeView, t } from "../strings";
import type { ArticleView } from "../types";
import { articleLink } from "./items";
import { reportMistake } from "./report";

export async function renderArticle(id: string): Promise<HTMLElement> {
  return articleElement(await api.article(id));
}

export function articleElement(a: ArticleView): HTMLElement {
  const ui = localeView();
  const body = h("div", { class: "article-body" });
  // The core renders and sanitises the Markdown (no raw HTML, no scripts,
  // no images); this is the one place the UI sets markup.
  body.innerHTML = a.html;
  on(body, "click", (e) => {
    const link = (e.target as Element | null)?.closest?.("a");
    if (!link) return;
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#/")) return; // in-app (an article, the diary), the router takes it
    e.preventDefault();
    const tel = link.getAttribute("data-tel");
    if (tel) {
      api.openLink({ kind: "article-call", article: a.id, number: tel.replace(/^tel:/, "") }).catch(showError);
      return;
    }
    if (link.hasAttribute("data-external")) {
      api.openLink({ kind: "article-link", article: a.id, url: href }).catch(showError);
    }
  });
  for (const link of body.querySelectorAll("a[data-external]")) {
    link.setAttribute("title", t("ui-link-outside"));
  }

  return h("article", { id: "article", class: "screen article", lang: a.lang, dir: a.dir, "aria-labelledby": "article-title" },
    h("a", { class: "back", href: `#/topic/${encodeURIComponent(a.topic)}`, lang: ui.locale, dir: ui.dir }, a.topic_title),
    h("h1", { id: "article-title", tabindex: -1 }, a.title),
    a.fallback_notice
      ? h("p", { class: "fallback-notice", role: "note", lang: ui.locale, dir: ui.dir }, a.fallback_notice)
      : null,
    h("p", { class: "summary" }, a.summary),
    body,
    h("p", { class: "reviewed", lang: ui.locale, dir: ui.dir }, a.reviewed),
    a.out_of_date ? h("p", { class: "out-of-date", role: "note", lang: ui.locale, dir: ui.dir }, a.out_of_date) : null,
    h("div", { class: "article-report", lang: ui.locale, dir: ui.dir }, reportMistake(`article:${a.id}`, "article-title")),
    h("section", { class: "sources", "aria-labelledby": "sources-title", lang: ui.locale, dir: ui.dir },
      h("h2", { id: "sources-title" }, t("ui-sources")),
      h("p", { class: "hint" }, t("ui-sources-intro")),
      h("ol", {},
        a.sources.map((s, index) =>
          h("li", {},
            on(h("button", { type: "button", class: "source" },
              h("span", { class: "source-title" }, s.title),
              h("span", { class: "source-url", dir: "ltr" }, s.url),
            ), "click", () => {
              api.openLink({ kind: "source", article: a.id, index }).catch(showError);
            }),
          ),
        ),
      ),
    ),
    a.related.length
      ? h("section", { class: "related", "aria-labelledby": "related-title", lang: ui.locale, dir: ui.dir },
          h("h2", { id: "related-title" }, t("ui-related")),
          h("ul", { class: "article-list" }, a.related.map(articleLink)),
        )
      : null,
  );
}
