// The silent alarm in the diary: the "Help now" button (press and hold, so
// it is hard to send by accident; nothing on screen changes but its label,
// to a neutral word) and its settings (organisation, calculator code, the
// emergency PIN). The core queues and sends the alarm; see ui/CONTRACT.md.
import { api } from "../../api";
import { h, on } from "../../dom";
import { field, formError, say } from "../../forms";
import { t } from "../../strings";
import type { AlarmSettings } from "../../types";
import { secretInput } from "./inputs";

/** How long "Help now" must be held. */
export const HOLD_MS = 1500;

/** The "Help now" button: held for HOLD_MS (pointer, or Enter/Space held),
 *  it sends the alarm once. A short tap does nothing. */
export function helpNowButton(): HTMLButtonElement {
  const button = h("button", { id: "alarm-help", type: "button", title: t("ui-alarm-help-hint") }, t("ui-alarm-help"));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent = false;
  const send = async () => {
    if (sent) return;
    sent = true;
    try {
      await api.alarmHelpNow();
      button.textContent = t("ui-alarm-sent");
    } catch {
      // No pop-up an onlooker would see; the button stays as it was.
      sent = false;
    }
  };
  const start = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void send(), HOLD_MS);
  };
  const cancel = () => clearTimeout(timer);
  on(button, "pointerdown", start);
  for (const ev of ["pointerup", "pointerleave", "pointercancel"]) on(button, ev, cancel);
  on(button, "contextmenu", (e) => e.preventDefault());
  on(button, "keydown", (e) => {
    const k = (e as KeyboardEvent).key;
    if ((k === "Enter" || k === " ") && !(e as KeyboardEvent).repeat) {
      e.preventDefault();
      start();
    }
  });
  on(button, "keyup", cancel);
  // A click (a tap) alone sends nothing.
  on(button, "click", (e) => e.preventDefault());
  return button;
}

/** A place in the diary's toolbar that shows "Help now" once the core says the alarm is on. */
export function helpNowSlot(): HTMLElement {
  const slot = h("span", { class: "alarm-slot" });
  api.alarmSettings().then((s) => {
    if (s.on) slot.append(helpNowButton());
  }, () => undefined);
  return slot;
}

/** The settings section. */
export function alarmSettingsSection(): HTMLElement {
  const section = h("section", { id: "alarm-settings" }, h("h2", {}, t("ui-alarm-title")), h("p", {}, t("ui-alarm-intro")));
  const body = h("div", {});
  section.append(body);
  const render = (s: AlarmSettings) => body.replaceChildren(alarmForm(s, render));
  api.alarmSettings().then(render, (err) => {
    const error = formError("alarm-error");
    body.replaceChildren(error);
    say(error, err);
  });
  return section;
}

function alarmForm(s: AlarmSettings, render: (s: AlarmSettings) => void): HTMLElement {
  if (!s.server) return h("p", { id: "alarm-no-server" }, t("ui-alarm-no-server"));
  if (s.organisations.length === 0 && !s.on) return h("p", { id: "alarm-no-organisation" }, t("ui-alarm-no-organisation"));
  const organisation = h("select", { id: "alarm-organisation" },
    s.organisations.map((o) => h("option", { value: o.id, selected: o.id === s.organisation ? true : null }, o.name)),
  );
  const code = h("input", { id: "alarm-code", type: "password", inputmode: "numeric", autocomplete: "off", maxlength: 8 });
  const duress = h("input", { id: "alarm-duress", type: "checkbox" });
  duress.checked = s.duress;
  const duressPin = secretInput("alarm-duress-pin", "off");
  const error = formError("alarm-error");
  const status = h("p", { id: "alarm-status", role: "status" },
    s.on ? t("ui-alarm-on") : "", s.on && !s.ready ? ` ${t("ui-alarm-waiting")}` : "");
  const form = h("form", { class: "diary-form", novalidate: true },
    field(t("ui-alarm-organisation"), organisation),
    field(t("ui-alarm-code"), code),
    h("p", {}, t("ui-alarm-code-help")),
    h("p", { id: "alarm-duress-explained" }, s.duress_explained),
    h("div", { class: "field checkbox" }, duress, h("label", { for: duress.id }, t("ui-alarm-duress"))),
    field(t("ui-alarm-duress-pin"), duressPin),
    error,
    h("button", { id: "alarm-save", type: "submit" }, t("ui-alarm-save")),
    status,
  );
  on(form, "submit", async (e) => {
    e.preventDefault();
    error.hidden = true;
    try {
      const next = await api.alarmSetUp(organisation.value, code.value || null, duress.checked ? duressPin.value || null : null);
      code.value = duressPin.value = "";
      render(next);
    } catch (err) {
      say(error, err);
    }
  });
  if (!s.on) return form;
  const off = on(h("button", { id: "alarm-off", type: "button" }, t("ui-alarm-off")), "click", async () => {
    try {
      render(await api.alarmTurnOff());
    } catch (err) {
      say(error, err);
    }
  });
  return h("div", {}, form, off);
}
