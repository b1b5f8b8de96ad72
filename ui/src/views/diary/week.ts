// The open diary's lists: the week, day by day, and the search through it.
import { showError } from "../../alert";
import { api } from "../../api";
import { h, on } from "../../dom";
import { field, go } from "../../forms";
import { t } from "../../strings";
import type { DiaryDay, EntryItem } from "../../types";
import { helpNowSlot } from "./alarm";
import { KINDS } from "./entry";
import { forgetDiary } from "./forget";
import { heading } from "./inputs";

function entryLink(e: EntryItem): HTMLElement {
  return h("li", {},
    h("a", { class: "entry-link", href: `#/diary/entry/${encodeURIComponent(e.id)}`, "data-entry": e.id, "data-kind": e.kind },
      h("span", { class: "entry-time", dir: "ltr" }, e.time),
      h("span", { class: "entry-kind" }, e.kind_label),
      h("span", { class: "entry-title" }, e.title),
      e.place ? h("span", { class: "entry-place" }, e.place) : null,
      e.conflict_label ? h("span", { class: "entry-conflict" }, e.conflict_label) : null,
    ),
  );
}

function dayList(days: DiaryDay[]): HTMLElement {
  return h("ol", { class: "diary-days" },
    days.map((d) =>
      h("li", { class: "diary-day", "data-date": d.date, "aria-current": d.today ? "date" : null },
        h("h2", {}, d.label, d.today ? h("span", { class: "badge" }, ` ${t("ui-diary-today")}`) : null),
        d.entries.length
          ? h("ul", { class: "entry-list" }, d.entries.map(entryLink))
          : h("p", { class: "empty-day", "aria-label": d.count_label }, t("ui-diary-empty-day")),
      ),
    ),
  );
}

function toolbar(): HTMLElement {
  return h("div", { class: "diary-toolbar" },
    h("a", { id: "diary-search-link", class: "button", href: "#/diary/search" }, t("ui-diary-search")),
    h("a", { id: "diary-settings-link", class: "button", href: "#/diary/settings" }, t("ui-diary-settings")),
    helpNowSlot(),
    on(h("button", { id: "diary-lock", type: "button" }, t("ui-diary-lock")), "click", async () => {
      try {
        await api.diaryLock();
        forgetDiary();
        go("#/diary");
      } catch (err) {
        showError(err);
      }
    }),
  );
}

export async function weekScreen(day: string | null): Promise<HTMLElement> {
  const week = await api.diaryWeek(day);
  return h("section", { class: "diary" },
    heading(t("ui-diary-title")),
    toolbar(),
    h("div", { class: "new-entry", role: "group", "aria-label": t("ui-diary-new") },
      KINDS.map((k) => h("a", { id: `new-${k}`, class: "button primary", href: `#/diary/new/${k}` }, `+ ${t(`diary-kind-${k}`)}`)),
    ),
    h("nav", { class: "week-nav", "aria-label": week.label },
      h("a", { id: "week-previous", href: `#/diary/week/${week.previous}`, "aria-label": t("ui-diary-week-previous") }, "‹"),
      h("h2", { id: "week-label", class: "week-label" }, week.label),
      h("a", { id: "week-next", href: `#/diary/week/${week.next}`, "aria-label": t("ui-diary-week-next") }, "›"),
    ),
    h("p", { id: "week-count", role: "status" }, week.count_label),
    dayList(week.days),
  );
}

export function searchScreen(): HTMLElement {
  const input = h("input", { id: "diary-search-input", type: "search", autocomplete: "off", spellcheck: "false" });
  const status = h("p", { id: "diary-search-status", role: "status" });
  const results = h("div", { id: "diary-search-results" });
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const mine = ++asked;
    const q = input.value.trim();
    if (!q) {
      results.replaceChildren();
      status.textContent = "";
      return;
    }
    try {
      const found = await api.diarySearch(q);
      if (mine !== asked) return;
      results.replaceChildren(dayList(found.days));
      status.textContent = found.days.length ? found.count_label : t("ui-diary-search-none");
    } catch (err) {
      showError(err);
    }
  };
  on(input, "input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  return h("section", { class: "diary" },
    heading(t("ui-diary-search")),
    field(t("ui-diary-search"), input),
    status,
    results,
    h("p", {}, h("a", { href: "#/diary" }, t("ui-diary-back"))),
  );
}
