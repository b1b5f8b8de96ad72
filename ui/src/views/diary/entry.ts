// One diary entry: an appointment, an incident (with photos) or a note,
// new or opened, saved or deleted.
import { showError } from "../../alert";
import { api } from "../../api";
import { h, on } from "../../dom";
import { field, formError, go, say, textArea, textInput } from "../../forms";
import { t } from "../../strings";
import type { DiaryStatus, Entry, EntryBody, EntryKind } from "../../types";
import { alertSection } from "./checkin";
import { photoUrl } from "./forget";
import { dateInput, heading, localNow, select, when } from "./inputs";

export const KINDS: EntryKind[] = ["appointment", "incident", "note"];

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
    img = h("img", { src: photoUrl(new Blob([bytes])), alt: "" });
  } catch (err) {
    showError(err);
  }
  return h("li", { class: "photo", "data-photo": id },
    img,
    on(h("button", { type: "button", class: "photo-remove" }, t("ui-diary-photo-remove")), "click", () => remove(id)),
  );
}

export async function editorScreen(kind: EntryKind | null, id: string | null, status: DiaryStatus): Promise<HTMLElement> {
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
      const alert = alertSection(status.alert_organisations, body.alert, entry?.watch, checkIn);
      fields.push(
        field(t("ui-diary-starts"), starts),
        field(t("ui-diary-ends"), ends),
        field(t("ui-diary-place"), place),
        field(t("ui-diary-with-whom"), whom),
        field(t("ui-diary-reminder"), reminder, t("ui-diary-neutral-notice")),
        field(t("ui-diary-check-in"), checkIn, t("ui-diary-check-in-hint")),
        h("div", { class: "field checkbox" }, checked, h("label", { for: checked.id }, t("ui-diary-checked-in"))),
        alert.element,
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
        alert: alert.collect(),
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
        // An alert already went out: deleting does not call it off.
        if (entry?.watch?.state === "alerted") {
          const warning = h("p", { id: "entry-delete-alerted", class: "notice", role: "alert" }, t("ui-watch-delete-alerted"));
          del.before(warning);
        }
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
