// The diary: set-up, unlock, the week, entries, search and settings. Every
// entry lives encrypted in the core; this page only holds what is on the
// screen, and the quick exit, locking or hiding the app clears it.
import { showError } from "../alert";
import { api } from "../api";
import { setDisguised } from "../disguise";
import { h, on } from "../dom";
import { field, formError, go, say, textArea, textInput } from "../forms";
import { t } from "../strings";
import type { Choice, DiaryDay, DiaryStatus, Entry, EntryBody, EntryItem, EntryKind } from "../types";

const KINDS: EntryKind[] = ["appointment", "incident", "note"];

/** Object URLs of decrypted photos on screen; revoked when the screen goes. */
let photoUrls: string[] = [];

export function forgetDiary(): void {
  for (const u of photoUrls) URL.revokeObjectURL(u);
  photoUrls = [];
}

function secretInput(id: string, autocomplete = "off"): HTMLInputElement {
  return h("input", {
    id,
    type: "password",
    autocomplete,
    autocapitalize: "off",
    spellcheck: "false",
    inputmode: "text",
    required: true,
  });
}

/** "2026-11-23T21:00" for datetime-local inputs, in local time. */
function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

function dateInput(id: string, value: string | null, required: boolean): HTMLInputElement {
  const el = h("input", { id, type: "datetime-local", required });
  el.value = value ? value.slice(0, 16) : "";
  return el;
}

/** The core wants seconds; datetime-local gives minutes. */
function when(input: HTMLInputElement): string | null {
  const v = input.value.trim();
  if (!v) return null;
  return v.length === 16 ? `${v}:00` : v;
}

function select(id: string, choices: Choice[], value: number | null, none?: string): HTMLSelectElement {
  const el = h("select", { id },
    none !== undefined ? h("option", { value: "" }, none) : null,
    choices.map((c) => h("option", { value: String(c.value) }, c.label)),
  );
  el.value = value === null ? "" : String(value);
  return el;
}

function heading(text: string): HTMLElement {
  return h("h1", { tabindex: -1 }, text);
}

// ---- set-up, recovery key, unlock, restore ---------------------------------

function setupScreen(): HTMLElement {
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

function unlockScreen(status: DiaryStatus): HTMLElement {
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
      go("#/diary");
    } catch (err) {
      pin.value = "";
      say(error, err);
      pin.focus();
    } finally {
      button?.removeAttribute("disabled");
    }
  });
  return h("section", { class: "diary" }, heading(t("ui-diary-title")), h("p", {}, t("ui-diary-locked-intro")), form);
}

function restoreScreen(): HTMLElement {
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

// ---- the week and search ---------------------------------------------------

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
          : h("p", { class: "empty-day", "aria-label": t("diary-count") }, t("ui-diary-empty-day")),
      ),
    ),
  );
}

function toolbar(): HTMLElement {
  return h("div", { class: "diary-toolbar" },
    h("a", { id: "diary-search-link", class: "button", href: "#/diary/search" }, t("ui-diary-search")),
    h("a", { id: "diary-settings-link", class: "button", href: "#/diary/settings" }, t("ui-diary-settings")),
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

async function weekScreen(day: string | null): Promise<HTMLElement> {
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

function searchScreen(): HTMLElement {
  const input = h("input", { id: "diary-search-input", type: "search", autocomplete: "off", spellcheck: "false" });
  const status = h("p", { id: "diary-search-status", role: "status" });
  const results = h("div", { id: "diary-search-results" });
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  on(input, "input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
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
    }, 150);
  });
  return h("section", { class: "diary" },
    heading(t("ui-diary-search")),
    field(t("ui-diary-search"), input),
    status,
    results,
    h("p", {}, h("a", { href: "#/diary" }, t("ui-diary-back"))),
  );
}

// ---- one entry -------------------------------------------------------------

function emptyBody(kind: EntryKind): EntryBody {
  const now = `${localNow()}:00`;
  switch (kind) {
    case "appointment":
      return { kind, starts: now, ends: null, place: "", with_whom: "", check_in: null, checked_in: false, reminder_minutes: null, notes: "" };
    case "incident":
      return { kind, happened: now, place: "", what: "", who: "", photos: [] };
    case "note":
      return { kind, at: now, title: "", text: "" };
  }
}

async function photoThumb(id: string, remove: (id: string) => void): Promise<HTMLElement> {
  let img: HTMLElement = h("span", {});
  try {
    const bytes = await api.diaryPhoto(id);
    const url = URL.createObjectURL(new Blob([bytes]));
    photoUrls.push(url);
    img = h("img", { src: url, alt: "" });
  } catch (err) {
    showError(err);
  }
  return h("li", { class: "photo", "data-photo": id },
    img,
    on(h("button", { type: "button", class: "photo-remove" }, t("ui-diary-photo-remove")), "click", () => remove(id)),
  );
}

async function editorScreen(kind: EntryKind | null, id: string | null, status: DiaryStatus): Promise<HTMLElement> {
  const entry: Entry | null = id ? await api.diaryEntry(id) : null;
  const body: EntryBody = entry ?? emptyBody(kind ?? "note");
  const error = formError("entry-error");
  const fields: HTMLElement[] = [];
  let collect: () => EntryBody;

  switch (body.kind) {
    case "appointment": {
      const starts = dateInput("entry-starts", body.starts, true);
      const ends = dateInput("entry-ends", body.ends, false);
      const place = textInput("entry-place", body.place);
      const whom = textInput("entry-with-whom", body.with_whom);
      const checkIn = dateInput("entry-check-in", body.check_in, false);
      const checked = h("input", { id: "entry-checked-in", type: "checkbox" });
      checked.checked = body.checked_in;
      const reminder = select("entry-reminder", status.reminder_choices, body.reminder_minutes, t("ui-diary-reminder-none"));
      const notes = textArea("entry-notes", body.notes);
      fields.push(
        field(t("ui-diary-starts"), starts),
        field(t("ui-diary-ends"), ends),
        field(t("ui-diary-place"), place),
        field(t("ui-diary-with-whom"), whom),
        field(t("ui-diary-reminder"), reminder, t("ui-diary-neutral-notice")),
        field(t("ui-diary-check-in"), checkIn, t("ui-diary-check-in-hint")),
        h("div", { class: "field checkbox" }, checked, h("label", { for: checked.id }, t("ui-diary-checked-in"))),
        field(t("ui-diary-notes"), notes),
      );
      collect = () => ({
        kind: "appointment",
        starts: when(starts) ?? "",
        ends: when(ends),
        place: place.value,
        with_whom: whom.value,
        check_in: when(checkIn),
        checked_in: checked.checked,
        reminder_minutes: reminder.value ? Number(reminder.value) : null,
        notes: notes.value,
      });
      break;
    }
    case "incident": {
      const happened = dateInput("entry-happened", body.happened, true);
      const place = textInput("entry-place", body.place);
      const what = textArea("entry-what", body.what);
      const who = textInput("entry-who", body.who);
      let photos = [...body.photos];
      const list = h("ul", { id: "entry-photos", class: "photos" });
      const remove = (pid: string) => {
        photos = photos.filter((p) => p !== pid);
        list.querySelector(`[data-photo="${pid}"]`)?.remove();
      };
      for (const p of photos) void photoThumb(p, remove).then((li) => list.append(li));
      const file = h("input", { id: "entry-photo-file", type: "file", accept: "image/jpeg,image/png,image/webp" });
      on(file, "change", async () => {
        const f = file.files?.[0];
        if (!f) return;
        try {
          const pid = await api.diaryAddPhoto(new Uint8Array(await f.arrayBuffer()));
          photos.push(pid);
          list.append(await photoThumb(pid, remove));
        } catch (err) {
          say(error, err);
        }
        file.value = "";
      });
      fields.push(
        field(t("ui-diary-happened"), happened),
        field(t("ui-diary-place"), place),
        field(t("ui-diary-what"), what),
        field(t("ui-diary-who"), who),
        h("div", { class: "field" }, h("p", { class: "label" }, t("ui-diary-photos")), list),
        field(t("ui-diary-photo-add"), file),
      );
      collect = () => ({ kind: "incident", happened: when(happened) ?? "", place: place.value, what: what.value, who: who.value, photos });
      break;
    }
    case "note": {
      const at = dateInput("entry-at", body.at, true);
      const title = textInput("entry-title", body.title);
      const text = textArea("entry-text", body.text);
      fields.push(field(t("ui-diary-at"), at), field(t("ui-diary-note-title"), title), field(t("ui-diary-note-text"), text));
      collect = () => ({ kind: "note", at: when(at) ?? "", title: title.value, text: text.value });
      break;
    }
  }

  const form = h("form", { class: "diary-form entry-form", novalidate: true, "data-kind": body.kind },
    fields,
    error,
    h("div", { class: "actions" },
      h("button", { id: "entry-save", type: "submit", class: "primary" }, t("ui-diary-save")),
      h("a", { id: "entry-cancel", class: "button", href: "#/diary" }, t("ui-diary-cancel")),
    ),
  );
  on(form, "submit", async (e) => {
    e.preventDefault();
    const next = collect();
    const day = "starts" in next ? next.starts : "happened" in next ? next.happened : next.at;
    if (!day) return say(error, t("ui-diary-date-missing"));
    try {
      await api.diarySave(id, next);
      go(`#/diary/week/${day.slice(0, 10)}`);
    } catch (err) {
      say(error, err);
    }
  });
  if (id) {
    let armed = false;
    const del = h("button", { id: "entry-delete", type: "button", class: "danger" }, t("ui-diary-delete"));
    on(del, "click", async () => {
      if (!armed) {
        armed = true;
        del.textContent = t("ui-diary-delete-confirm");
        return;
      }
      try {
        await api.diaryDelete(id);
        go("#/diary");
      } catch (err) {
        say(error, err);
      }
    });
    form.querySelector(".actions")?.append(del);
  }
  return h("section", { class: "diary" }, heading(t(`diary-kind-${body.kind}`)), form);
}

// ---- settings --------------------------------------------------------------

function settingsScreen(status: DiaryStatus): HTMLElement {
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

/** The diary screen the address names (`#/diary/...`), as the vault allows. */
export async function renderDiary(sub: string[]): Promise<HTMLElement> {
  forgetDiary();
  const status = await api.diaryStatus();
  if (status.state === "not-set-up") return sub[0] === "restore" ? restoreScreen() : setupScreen();
  if (status.state === "locked") return unlockScreen(status);
  const screen = await unlocked(sub, status);
  // Marks a screen that shows diary contents, for the idle-lock check.
  screen.setAttribute("data-unlocked", "");
  return screen;
}

async function unlocked(sub: string[], status: DiaryStatus): Promise<HTMLElement> {
  switch (sub[0]) {
    case "week":
      return weekScreen(sub[1] ?? null);
    case "new":
      return editorScreen(KINDS.includes(sub[1] as EntryKind) ? (sub[1] as EntryKind) : "note", null, status);
    case "entry":
      return editorScreen(null, sub[1] ?? "", status);
    case "search":
      return searchScreen();
    case "settings":
      return settingsScreen(status);
    default:
      return weekScreen(null);
  }
}
