// The shapes the core sends and reads; see ui/CONTRACT.md. They are
// generated from the core's Rust types into generated/contract.ts (`make
// ui-types`; a core test fails when they drift), so a change in the core
// shows up as a type error here. Only names the UI gives them are written
// by hand below.
import type { EntryBody, LocaleView, SyncView } from "./generated/contract";

export type * from "./generated/contract";

/** What the shell tells the UI without being asked, on the `app_events` channel. */
export type AppEvent = { event: "diary-locked" };

/** A text direction, for `dir` attributes. */
export type Dir = LocaleView["dir"];
export type EntryKind = EntryBody["kind"];

/** What the sync commands answer. Still declared in the shell
 *  (src-tauri/src/sync.rs), which the core's generator does not see: kept by
 *  hand until it moves into the core (issue 20). */
export interface SyncSettings {
  view: SyncView;
  /** The address the person set (empty when none, or when built in). */
  server: string;
  /** The address in use: the person's, else the one given to the app. */
  effective: string | null;
}
