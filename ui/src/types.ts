// The shapes the core sends and reads; see ui/CONTRACT.md. They are
// generated from the core's Rust types into generated/contract.ts (`make
// ui-types`; a core test fails when they drift), so a change in the core
// shows up as a type error here. Only names the UI gives them are written
// by hand below.
import type { EntryBody, LocaleView, ReminderOpened } from "./generated/contract";

export type * from "./generated/contract";

/** What the shell tells the UI without being asked, on the `app_events` channel. */
export type AppEvent =
  | { event: "diary-locked" }
  /** A reply came in: the Contact tab's badge (`label` carries the count for screen readers). */
  | { event: "replies"; unread: number; label: string | null }
  /** A reminder was tapped: where it led, or `null`: the PIN opens it (the lock screen says so). */
  | { event: "reminder"; opened: ReminderOpened | null };

/** A text direction, for `dir` attributes. */
export type Dir = LocaleView["dir"];
export type EntryKind = EntryBody["kind"];
// The silent alarm's settings (`AlarmSettings`, `AlarmOrganisation`) come
// from the generated contract; see ui/CONTRACT.md for alarm_* commands.

