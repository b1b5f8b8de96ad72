// Where a tapped reminder leads (issue 18): the core carries the tap out,
// "Done" on a check-in reminder checking her in, and only with her PIN.
import { go } from "../../forms";
import { t } from "../../strings";
import type { ReminderOpened } from "../../types";

/** Said once, above the entry a reminder led to ("You checked in."). */
let note: string | null = null;

/** Shows where a tapped reminder led: its appointment (with a note when
 *  "Done" checked her in), or, with `null`, the diary's lock screen, which
 *  says the PIN opens the reminder. */
export function openReminder(opened: ReminderOpened | null): void {
  if (!opened) return go("#/diary");
  note = opened.checked_in ? t("ui-reminder-checked-in") : null;
  go(`#/diary/entry/${encodeURIComponent(opened.entry)}`);
}

/** The note for the entry screen about to show, once. */
export function takeReminderNote(): string | null {
  const said = note;
  note = null;
  return said;
}
