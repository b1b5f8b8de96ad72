// An appointment's check-in alert (issue 18): "If I don't check in by
// 23:30, alert <organisation>", offered only when the core says an
// organisation on the partner server takes alerts. Otherwise the form says
// plainly that only the app reminds her. The sentence under the choices
// says what the organisation will see and when, as she types.
import { h, on } from "../../dom";
import { t } from "../../strings";
import type { WatchChoice, WatchOrganisation, WatchView } from "../../types";

type Detail = "place" | "who" | "contact" | "note";
const DETAILS: Detail[] = ["place", "who", "contact", "note"];

export interface AlertSection {
  element: HTMLElement;
  /** The choice to save: `undefined` when the alert is off. */
  collect(): WatchChoice | undefined;
}

/** "23:30" from "2026-12-02T23:30", and `minutes` later. */
function clock(value: string, minutes = 0): string {
  const [date, time] = value.split("T");
  const [y, mo, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const at = new Date(y, mo - 1, d, hh, mm + minutes);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(at.getHours())}:${p(at.getMinutes())}`;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/%(time|fires|org|details)%/g, (_, k: string) => values[k] ?? "");
}

export function alertSection(
  orgs: WatchOrganisation[],
  current: WatchChoice | undefined,
  state: WatchView | undefined,
  checkIn: HTMLInputElement,
): AlertSection {
  const stateLine = state
    ? h("p", { id: "watch-state", class: "notice", "data-state": state.state }, state.label)
    : null;
  const known = current && orgs.some((o) => o.id === current.organisation);
  if (orgs.length === 0 && !(current && state)) {
    // Nothing offered: the truth, and keep no choice the app cannot act on.
    return {
      element: h("div", { class: "field" }, stateLine, h("p", { id: "watch-only-reminder", class: "hint" }, t("ui-watch-only-reminder"))),
      collect: () => undefined,
    };
  }
  // A saved alert whose organisation is no longer listed (offline, or it
  // stopped taking alerts) is kept as it is, and shown as the core says.
  const list = known || !current ? orgs : [...orgs, { id: current.organisation, name: current.organisation, grace_minutes: 0 }];
  const enable = h("input", { id: "watch-enable", type: "checkbox" });
  enable.checked = !!current;
  const org = h("select", { id: "watch-organisation" }, list.map((o) => h("option", { value: o.id }, o.name)));
  if (current) org.value = current.organisation;
  const inputs = new Map<Detail, { tick: HTMLInputElement; text: HTMLInputElement }>();
  const rows = DETAILS.map((d) => {
    const tick = h("input", { id: `watch-${d}-share`, type: "checkbox" });
    const text = h("input", { id: `watch-${d}`, type: "text", autocomplete: "off", maxlength: 1000 });
    const value = current?.[d];
    if (value) {
      tick.checked = true;
      text.value = value;
    }
    inputs.set(d, { tick, text });
    return h("div", { class: "field checkbox" },
      tick,
      h("label", { for: tick.id }, t(`ui-watch-${d}`)),
      text,
    );
  });
  for (const { text, tick } of inputs.values()) {
    // Typing in a detail chooses it; clearing the tick un-chooses it.
    on(text, "input", () => {
      if (text.value.trim()) tick.checked = true;
    });
  }
  const summary = h("p", { id: "watch-summary", class: "notice", "aria-live": "polite" });
  const chosen = () => DETAILS.filter((d) => inputs.get(d)!.tick.checked && inputs.get(d)!.text.value.trim() !== "");
  const details = h("div", { id: "watch-details" },
    h("p", { class: "hint" }, t("ui-watch-choose")),
    field(t("ui-watch-organisation"), org),
    rows,
    summary,
    h("p", { class: "hint" }, t("ui-watch-limits")),
  );
  const update = () => {
    details.hidden = !enable.checked;
    const at = checkIn.value.trim();
    if (!at) {
      summary.textContent = t("ui-watch-summary-no-time");
      return;
    }
    const o = list.find((x) => x.id === org.value) ?? list[0];
    const names = chosen().map((d) => t(`ui-watch-detail-${d}`));
    const values = {
      time: clock(at),
      fires: clock(at, o?.grace_minutes ?? 0),
      org: o?.name ?? "",
      details: names.join(`${t("ui-watch-separator")} `),
    };
    summary.textContent = fill(t(names.length ? "ui-watch-summary" : "ui-watch-summary-nothing"), values);
  };
  for (const el of [enable, org, checkIn, ...[...inputs.values()].flatMap((i) => [i.tick, i.text])]) {
    on(el, "input", update);
    on(el, "change", update);
  }
  update();
  return {
    element: h("fieldset", { class: "watch" },
      h("legend", {}, t("ui-watch-state")),
      stateLine,
      h("div", { class: "field checkbox" }, enable, h("label", { for: enable.id }, t("ui-watch-enable"))),
      details,
    ),
    collect: () => {
      if (!enable.checked) return undefined;
      const pick = (d: Detail) => (chosen().includes(d) ? inputs.get(d)!.text.value.trim() : null);
      return { organisation: org.value, place: pick("place"), who: pick("who"), contact: pick("contact"), note: pick("note") };
    },
  };
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h("div", { class: "field" }, h("label", { for: input.id }, label), input);
}
