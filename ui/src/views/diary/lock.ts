// The diary before it opens: set-up with the recovery key shown once,
// unlock with the PIN, and restore from a backup on a new phone.
import { api } from "../../api";
import { h, on } from "../../dom";
import { field, formError, go, say } from "../../forms";
import { t } from "../../strings";
import type { DiaryStatus } from "../../types";
import { openReminder } from "./reminder";
import { heading, secretInput } from "./inputs";

export function setupScreen(): HTMLElement {
  const pin = secretInput("diary-pin", "new-password");
  const again = secretInput("diary-pin-again", "new-password");
  const error = formError("diary-error");
  const form = h("form", { class: "diary-form", novalidate: true },
    field(t("ui-diary-pin-new"), pin),
    field(t("ui-diary-pin-again"), again),
    error,
    h("button", { id: "diary-setup", type: "submit", class: "primary" }, t("ui-diary-setup-button")),
  );
  on(form, "submit", async (e) => {
    e.preventDefault();
    if (pin.value !== again.value) return say(error, t("ui-diary-pin-mismatch"));
    try {
      const key = await api.diarySetUp(pin.value);
      pin.value = again.value = "";
      const main = document.getElementById("main");
      main?.replaceChildren(recoveryScreen(key));
      main?.querySelector<HTMLElement>("h1")?.focus();
    } catch (err) {
      say(error, err);
    }
  });
  return h("section", { class: "diary" },
    heading(t("ui-diary-title")),
    h("p", {}, t("ui-diary-setup-intro")),
    form,
    h("p", {}, h("a", { id: "diary-restore-link", href: "#/diary/restore" }, t("ui-diary-restore-link"))),
  );
}

function recoveryScreen(key: string): HTMLElement {
  return h("section", { class: "diary" },
    heading(t("ui-diary-recovery-title")),
    h("p", {}, t("ui-diary-recovery-intro")),
    h("p", { id: "recovery-key", class: "recovery-key", dir: "ltr", lang: "en" }, key),
    h("div", { class: "actions" },
      on(h("button", { type: "button", id: "recovery-print" }, t("ui-diary-print")), "click", () => window.print()),
      on(h("button", { type: "button", id: "recovery-done", class: "primary" }, t("ui-diary-recovery-done")), "click", () => go("#/diary")),
    ),
  );
}

export function unlockScreen(status: DiaryStatus): HTMLElement {
  const pin = secretInput("diary-pin", "current-password");
  const error = formError("diary-error");
  if (status.wait_message) say(error, status.wait_message);
  const form = h("form", { class: "diary-form", novalidate: true },
    field(t("ui-diary-pin"), pin),
    error,
    h("button", { id: "diary-unlock", type: "submit", class: "primary" }, t("ui-diary-unlock")),
  );
  on(form, "submit", async (e) => {
    e.preventDefault();
    const button = form.querySelector("button");
    button?.setAttribute("disabled", "");
    try {
      await api.diaryUnlock(pin.value);
      pin.value = "";
      // A reminder tapped while locked opens now (the core checks it in
      // only if the PIN was hers).
      const opened = status.reminder_waiting ? await api.diaryReminder().catch(() => null) : null;
      if (opened) openReminder(opened);
      else go("#/diary");
    } catch (err) {
      pin.value = "";
      say(error, err);
      pin.focus();
    } finally {
      button?.removeAttribute("disabled");
    }
  });
  return h("section", { class: "diary" },
    heading(t("ui-diary-title")),
    h("p", {}, t("ui-diary-locked-intro")),
    status.reminder_waiting ? h("p", { id: "reminder-unlock", class: "notice" }, t("ui-reminder-unlock")) : null,
    form,
  );
}

export function restoreScreen(): HTMLElement {
  const file = h("input", { id: "restore-file", type: "file", accept: ".hkb,application/octet-stream" });
  const key = h("input", { id: "restore-key", type: "text", autocomplete: "off", autocapitalize: "characters", spellcheck: "false", dir: "ltr" });
  const pin = secretInput("diary-pin", "new-password");
  const again = secretInput("diary-pin-again", "new-password");
  const error = formError("diary-error");
  const form = h("form", { class: "diary-form", novalidate: true },
    field(t("ui-diary-restore-file"), file),
    field(t("ui-diary-recovery-key"), key),
    field(t("ui-diary-pin-new"), pin),
    field(t("ui-diary-pin-again"), again),
    error,
    h("button", { id: "restore-button", type: "submit", class: "primary" }, t("ui-diary-restore-button")),
  );
  on(form, "submit", async (e) => {
    e.preventDefault();
    if (pin.value !== again.value) return say(error, t("ui-diary-pin-mismatch"));
    const chosen = file.files?.[0];
    if (!chosen) return say(error, t("error-backup-corrupt"));
    try {
      await api.diaryStageRestore(new Uint8Array(await chosen.arrayBuffer()));
      await api.diaryRestore(key.value, pin.value);
      pin.value = again.value = key.value = "";
      go("#/diary");
    } catch (err) {
      say(error, err);
    }
  });
  return h("section", { class: "diary" },
    heading(t("ui-diary-restore-title")),
    form,
    h("p", {}, h("a", { href: "#/diary" }, t("ui-diary-back"))),
  );
}
