// The diary's settings: auto-lock and wipe-after, the duress PIN, the silent
// alarm (alarm.ts), a new PIN,
// the backup, the disguise, and wiping everything.
import { showError } from "../../alert";
import { api } from "../../api";
import { setDisguised } from "../../disguise";
import { h, on } from "../../dom";
import { field, formError, say } from "../../forms";
import { t } from "../../strings";
import type { DiaryStatus } from "../../types";
import { alarmSettingsSection } from "./alarm";
import { forgetDiary } from "./forget";
import { heading, secretInput, select } from "./inputs";

export function settingsScreen(status: DiaryStatus): HTMLElement {
  const autoLock = select("settings-auto-lock", status.auto_lock_choices, status.auto_lock_secs);
  const wipeAfter = select("settings-wipe-after", status.wipe_after_choices, status.wipe_after, t("ui-diary-wipe-after-off"));
  const saved = h("p", { id: "settings-status", role: "status" });
  const settingsError = formError("settings-error");
  const settings = h("form", { class: "diary-form", novalidate: true },
    field(t("ui-diary-auto-lock"), autoLock),
    field(t("ui-diary-wipe-after"), wipeAfter),
    settingsError,
    h("button", { id: "settings-save", type: "submit" }, t("ui-diary-settings-save")),
    saved,
  );
  on(settings, "submit", async (e) => {
    e.preventDefault();
    try {
      await api.diarySettings(Number(autoLock.value), wipeAfter.value ? Number(wipeAfter.value) : null);
      saved.textContent = t("ui-diary-saved");
    } catch (err) {
      say(settingsError, err);
    }
  });

  const pinForm = (prefix: string, newLabel: string, button: string, run: (current: string, next: string) => Promise<unknown>) => {
    const current = secretInput(`${prefix}-current`, "current-password");
    const next = secretInput(`${prefix}-new`, "new-password");
    const again = secretInput(`${prefix}-again`, "new-password");
    const error = formError(`${prefix}-error`);
    const done = h("p", { id: `${prefix}-status`, role: "status" });
    const form = h("form", { class: "diary-form", novalidate: true },
      field(t("ui-diary-current-pin"), current),
      field(newLabel, next),
      field(t("ui-diary-pin-again"), again),
      error,
      h("button", { id: `${prefix}-save`, type: "submit" }, button),
      done,
    );
    on(form, "submit", async (e) => {
      e.preventDefault();
      error.hidden = true;
      if (next.value !== again.value) return say(error, t("ui-diary-pin-mismatch"));
      try {
        await run(current.value, next.value);
        current.value = next.value = again.value = "";
        done.textContent = t("ui-diary-saved");
      } catch (err) {
        say(error, err);
      }
    });
    return form;
  };

  const exported = h("p", { id: "export-status", role: "status" });
  const disguise = h("input", { id: "settings-disguise", type: "checkbox" });
  disguise.checked = status.disguise;
  on(disguise, "change", async () => {
    try {
      setDisguised((await api.setDisguise(disguise.checked)).disguise);
    } catch (err) {
      showError(err);
    }
  });
  const wipe = h("button", { id: "wipe", type: "button", class: "danger" }, t("ui-diary-wipe"));
  const confirm = h("button", { id: "wipe-confirm", type: "button", class: "danger", hidden: true }, t("ui-diary-wipe-confirm"));
  on(wipe, "click", () => {
    confirm.hidden = false;
    confirm.focus();
  });
  on(confirm, "click", async () => {
    try {
      await api.wipeEverything();
      forgetDiary();
      location.hash = "#/";
      location.reload();
    } catch (err) {
      showError(err);
    }
  });

  return h("section", { class: "diary" },
    heading(t("ui-diary-settings")),
    settings,
    h("h2", {}, t("ui-diary-duress-title")),
    h("p", {}, t("ui-diary-duress-intro")),
    pinForm("duress", t("ui-diary-duress-pin"), t("ui-diary-duress-save"), (c, n) => api.diarySetDuress(c, n)),
    alarmSettingsSection(),
    h("h2", {}, t("ui-diary-change-title")),
    pinForm("change", t("ui-diary-new-pin"), t("ui-diary-change-save"), (c, n) => api.diaryChangeSecret(c, n)),
    h("h2", {}, t("ui-diary-backup-title")),
    h("p", {}, t("ui-diary-backup-intro")),
    on(h("button", { id: "export", type: "button" }, t("ui-diary-export")), "click", async () => {
      try {
        exported.textContent = await api.diaryExport();
      } catch (err) {
        showError(err);
      }
    }),
    exported,
    h("h2", {}, t("ui-diary-disguise-title")),
    h("div", { class: "field checkbox" }, disguise, h("label", { for: disguise.id }, t("ui-diary-disguise"))),
    h("h2", {}, t("ui-diary-wipe-title")),
    h("p", {}, t("ui-diary-wipe-intro")),
    h("div", { class: "actions" }, wipe, confirm),
    h("p", {}, h("a", { href: "#/diary" }, t("ui-diary-back"))),
  );
}
