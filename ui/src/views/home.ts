import { api } from "../api";
import { h } from "../dom";
import { icon } from "../icons";
import { t } from "../strings";
import type { TopicView } from "../types";

/** Topics asked for at start-up, before the first screen is drawn. */
let early: Promise<TopicView[]> | null = null;

/** At start-up: asks for the topics now, with the other first calls, instead
 *  of one after the other (each call waits for the core's first start). */
export function prefetchTopics(): void {
  early = api.topics();
  early.catch(() => undefined); // renderHome reports it
}

export async function renderHome(): Promise<HTMLElement> {
  const asked = early;
  early = null;
  const topics = await (asked ?? api.topics());
  return h("section", { class: "screen home", "aria-labelledby": "home-title" },
    h("h1", { id: "home-title", tabindex: -1 }, t("ui-library-title")),
    h("p", { class: "intro" }, t("ui-library-intro")),
    h("ul", { class: "topic-grid" },
      topics.map((topic) =>
        h("li", {},
          h("a", { class: "topic-card", href: `#/topic/${encodeURIComponent(topic.id)}`, "data-topic": topic.id },
            h("span", { class: "topic-icon" }, icon(topic.id)),
            h("span", { class: "topic-text" },
              h("span", { class: "topic-title" }, topic.title),
              h("span", { class: "topic-desc" }, topic.description),
              h("span", { class: "topic-count" }, topic.count_label),
            ),
          ),
        ),
      ),
    ),
  );
}
