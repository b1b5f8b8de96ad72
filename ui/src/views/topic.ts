import { api } from "../api";
import { h } from "../dom";
import { t } from "../strings";
import { articleLink } from "./items";

export async function renderTopic(id: string): Promise<HTMLElement> {
  const page = await api.topic(id);
  return h("section", { class: "screen topic", "data-topic": page.id, "aria-labelledby": "topic-title" },
    h("a", { class: "back", href: "#/" }, t("ui-back-library")),
    h("h1", { id: "topic-title", tabindex: -1 }, page.title),
    page.articles.length
      ? h("ul", { class: "article-list" }, page.articles.map(articleLink))
      : h("p", {}, t("ui-topic-empty")),
  );
}
