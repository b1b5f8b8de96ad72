import { showError } from "../alert";
import { api } from "../api";
import { h, on } from "../dom";
import { icon } from "../icons";
import { t } from "../strings";
import type { LinkRequest, OrganisationView } from "../types";
import { reportMistake } from "./report";

/** The place picked in the filter; the core remembers it across starts. */
let city: string | null = null;

/** Quick exit: forget the place the person picked. */
export function forgetDirectory(): void {
  city = "";
  api.setCity("").catch(() => undefined);
}

// Open or not is never told by colour alone: a sign and the core's words too.
const STATE_ICON: Record<string, string> = { open: "●", always: "●", closed: "○", unknown: "?" };

function action(cls: string, label: string, request: LinkRequest, titleId: string, extra?: string): HTMLElement {
  return on(h("button", { type: "button", class: `action ${cls}`, "aria-describedby": titleId },
    cls === "call" ? icon("phone") : null,
    label,
    extra ? h("span", { class: "action-extra", dir: "ltr" }, ` ${extra}`) : null,
  ), "click", () => {
    api.openLink(request).catch(showError);
  });
}

function organisation(o: OrganisationView): HTMLElement {
  const titleId = `org-${o.id}`;
  const noPhone = t("directory-no-phone");
  // The core lists the missing phone number among the caveats; it is shown
  // once, where the call button would be.
  const caveats = o.caveats.filter((c) => c !== noPhone);
  return h("li", { class: "org", "data-org": o.id, "data-city": o.city, "aria-labelledby": titleId },
    h("h2", { id: titleId }, o.name),
    h("p", { class: "org-city" }, o.city),
    h("p", { class: "open-state", "data-state": o.open_state },
      h("span", { class: "state-icon", "aria-hidden": "true" }, STATE_ICON[o.open_state] ?? ""),
      ` ${o.open_label}`,
    ),
    o.services.length ? h("ul", { class: "services" }, o.services.map((s) => h("li", {}, s))) : null,
    o.description ? h("p", { class: "description" }, o.description) : null,
    o.address ? h("p", { class: "address" }, o.address) : null,
    o.hours.length
      ? h("div", { class: "hours" }, h("h3", {}, o.hours_title), h("ul", {}, o.hours.map((line) => h("li", {}, line))))
      : null,
    caveats.length ? h("ul", { class: "caveats" }, caveats.map((c) => h("li", { class: "caveat" }, c))) : null,
    o.languages.length ? h("p", { class: "languages" }, `${t("ui-languages-spoken")} ${o.languages.join(", ")}`) : null,
    o.checked ? h("p", { class: "checked" }, o.checked) : null,
    o.out_of_date ? h("p", { class: "out-of-date", role: "note" }, o.out_of_date) : null,
    o.phone ? null : h("p", { class: "no-phone" }, noPhone),
    h("div", { class: "actions" },
      o.phone ? action("call", t("ui-call"), { kind: "call", organisation: o.id }, titleId, o.phone) : null,
      o.address ? action("map", t("ui-map"), { kind: "map", organisation: o.id }, titleId) : null,
      o.website ? action("website", t("ui-website"), { kind: "website", organisation: o.id }, titleId) : null,
      o.email ? action("email", t("ui-email"), { kind: "email", organisation: o.id }, titleId, o.email) : null,
      o.chat ? action("chat", t("ui-chat"), { kind: "chat", organisation: o.id }, titleId) : null,
    ),
    o.field_sources.length
      ? h("details", { class: "org-sources" },
          h("summary", {}, t("ui-org-sources")),
          h("ul", {}, o.field_sources.map((s) =>
            h("li", {},
              on(h("button", { type: "button", class: "source", "aria-describedby": titleId },
                s.field ? h("span", { class: "source-field" }, `${s.field}: `) : null,
                h("span", { class: "source-title" }, s.title),
                h("span", { class: "source-meta" }, ` (${s.publisher}, ${s.read})`),
              ), "click", () => {
                api.openLink({ kind: "organisation-source", organisation: o.id, index: s.index }).catch(showError);
              }),
            ),
          )),
        )
      : null,
    reportMistake(`organisation:${o.id}`, titleId),
  );
}

/** A place shows its own organisations and the ones for the whole country,
 *  which help wherever the person is. */
function applyFilter(list: HTMLElement, national: string): void {
  for (const el of list.querySelectorAll<HTMLElement>(".org")) {
    const place = el.dataset.city;
    el.hidden = !!city && place !== city && place !== national;
  }
}

export async function renderHelp(): Promise<HTMLElement> {
  const view = await api.directory();
  let picked = city ?? view.city;
  if (picked && !view.cities.includes(picked)) picked = "";
  city = picked;
  const national = t("directory-national");
  const list = h("ul", { class: "org-list" }, view.organisations.map(organisation));
  const select = h("select", { id: "city-filter" },
    h("option", { value: "" }, t("ui-city-all")),
    view.cities.map((c) => h("option", { value: c }, c)),
  );
  select.value = picked;
  on(select, "change", () => {
    city = select.value;
    applyFilter(list, national);
    api.setCity(city).catch(showError);
  });
  applyFilter(list, national);
  return h("section", { id: "directory", class: "screen directory", "aria-labelledby": "help-title" },
    h("h1", { id: "help-title", tabindex: -1 }, t("ui-help-title")),
    h("p", { class: "intro" }, t("ui-help-intro")),
    h("p", { class: "emergency" }, t("ui-help-emergency")),
    h("div", { class: "field" }, h("label", { for: "city-filter" }, t("ui-city-filter")), select),
    h("p", { class: "city-rules" }, h("a", { href: "#/article/rights-rules-per-city" }, t("ui-city-rules"))),
    list,
  );
}
