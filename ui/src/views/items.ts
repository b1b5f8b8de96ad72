import { h } from "../dom";
import { t, localeView } from "../strings";
import type { ArticleItem } from "../types";

/** A link to an article, in the language its text is in. */
export function articleLink(a: ArticleItem): HTMLElement {
  return h("li", {},
    h("a", { class: "article-link", href: `#/article/${encodeURIComponent(a.id)}`, "data-article": a.id, lang: a.lang, dir: a.dir },
      h("span", { class: "item-title" }, a.title),
      a.summary ? h("span", { class: "item-summary" }, a.summary) : null,
      a.fallback ? h("span", { class: "badge", lang: localeView().locale, dir: localeView().dir }, t("ui-other-language")) : null,
    ),
  );
}
