// The diary: set-up, unlock, the week, entries, search and settings. Every
// entry lives encrypted in the core; this page only holds what is on the
// screen, and the quick exit, locking or hiding the app clears it.
// This module routes `#/diary/...` to the screen that shows it.
import { api } from "../../api";
import { h } from "../../dom";
import type { DiaryStatus, EntryKind } from "../../types";
import { KINDS, editorScreen } from "./entry";
import { forgetDiary } from "./forget";
import { restoreScreen, setupScreen, unlockScreen } from "./lock";
import { openReminder, takeReminderNote } from "./reminder";
import { settingsScreen } from "./settings";
import { searchScreen, weekScreen } from "./week";

export { forgetDiary };
export { openReminder };

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
    case "entry": {
      const screen = await editorScreen(null, sub[1] ?? "", status);
      const note = takeReminderNote();
      if (note) screen.querySelector("h1")?.after(h("p", { id: "reminder-done", class: "notice", role: "status" }, note));
      return screen;
    }
    case "search":
      return searchScreen();
    case "settings":
      return settingsScreen(status);
    default:
      return weekScreen(null);
  }
}
