import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// The appointment form's check-in alert (issue 18). Only the boundary to the
// Rust core is replaced; the queue and the server are tested in core/.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, calls, diary, fireAppEvent, offerAlerts, tapReminder, until } from "./test/harness";

function type(sel: string, value: string): void {
  const el = $<HTMLInputElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

function tick(sel: string, on = true): void {
  const el = $<HTMLInputElement>(sel)!;
  el.checked = on;
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

const org = { id: "main", name: "Het Huis", grace_minutes: 15 };

describe("check-in alert", () => {
  test("without a server or an organisation that takes alerts, the option is not offered and the form says so", async () => {
    diary().state = "unlocked";
    await boot("#/diary/new/appointment");
    await until(() => !!$("#entry-starts"));
    expect($("#watch-enable")).toBeNull();
    expect($("#watch-only-reminder")!.textContent).toBe("The app reminds you. Nobody else is told.");
    type("#entry-starts", "2026-12-02T21:00");
    $<HTMLButtonElement>("#entry-save")!.click();
    await until(() => calls.some((c) => c.cmd === "diary_save"));
    const save = calls.find((c) => c.cmd === "diary_save")!;
    expect((save.args as { body: { alert?: unknown } }).body.alert).toBeUndefined();
  });

  test("the form says plainly what the organisation will see and when, and sends only what was chosen", async () => {
    diary().state = "unlocked";
    offerAlerts([org]);
    await boot("#/diary/new/appointment");
    await until(() => !!$("#watch-enable"));
    expect($("#watch-only-reminder")).toBeNull();
    expect($("#watch-details")!.hidden).toBe(true);
    type("#entry-starts", "2026-12-02T21:00");
    type("#entry-check-in", "2026-12-02T23:30");
    tick("#watch-enable");
    expect($("#watch-details")!.hidden).toBe(false);
    expect($("#watch-summary")!.textContent).toBe(
      "If you have not checked in by 23:30, Het Huis gets an alert at 23:45. It says only that you did not check in. Nothing else.",
    );
    type("#watch-place", "Hotel Noord, kamer 12");
    type("#watch-who", "Mark, blauwe auto");
    // Filled in but not ticked: not sent.
    type("#watch-note", "niet delen");
    tick("#watch-note-share", false);
    expect($("#watch-summary")!.textContent).toBe(
      "If you have not checked in by 23:30, Het Huis gets an alert at 23:45 with: where, who. Nothing else.",
    );
    $<HTMLButtonElement>("#entry-save")!.click();
    await until(() => calls.some((c) => c.cmd === "diary_save"));
    const save = calls.find((c) => c.cmd === "diary_save")!;
    expect((save.args as { body: unknown }).body).toMatchObject({
      check_in: "2026-12-02T23:30:00",
      alert: { organisation: "main", place: "Hotel Noord, kamer 12", who: "Mark, blauwe auto", contact: null, note: null },
    });
  });

  test("a saved appointment shows what the server said about its alert", async () => {
    diary().state = "unlocked";
    offerAlerts([org]);
    diary().entries.push({
      id: "e1", version: 1, kind: "appointment", starts: "2026-12-02T21:00:00", ends: null, place: "", with_whom: "",
      check_in: "2026-12-02T23:30:00", checked_in: true, reminder_minutes: null, notes: "",
      alert: { organisation: "main", place: "Hotel", who: null, contact: null, note: null },
      watch: { state: "checked-in-late", label: "Checked in late at 23:41. Het Huis was told." },
    });
    await boot("#/diary/entry/e1");
    await until(() => !!$("#watch-state"));
    expect($("#watch-state")!.textContent).toBe("Checked in late at 23:41. Het Huis was told.");
    expect($<HTMLInputElement>("#watch-enable")!.checked).toBe(true);
    expect($<HTMLInputElement>("#watch-place")!.value).toBe("Hotel");
    expect($<HTMLInputElement>("#watch-place-share")!.checked).toBe(true);
    expect($<HTMLInputElement>("#watch-who-share")!.checked).toBe(false);
  });
});

describe("deleting an appointment", () => {
  const entry = (state: "alerted" | "watching") => ({
    id: "e1", version: 1, kind: "appointment" as const, starts: "2026-12-02T21:00:00", ends: null, place: "", with_whom: "",
    check_in: "2026-12-02T23:30:00", checked_in: false, reminder_minutes: null, notes: "",
    alert: { organisation: "main", place: null, who: null, contact: null, note: null },
    watch: { state, label: state === "alerted" ? "Alert sent to Het Huis at 23:45." : "Het Huis gets an alert at 23:45 if you have not checked in." },
  });

  /** Opens the saved appointment and presses Delete once. */
  async function pressDelete(state: "alerted" | "watching"): Promise<void> {
    diary().state = "unlocked";
    offerAlerts([org]);
    diary().entries.push(entry(state));
    await boot("#/diary/entry/e1");
    await until(() => !!$("#entry-delete"));
    $<HTMLButtonElement>("#entry-delete")!.click();
  }

  test("after its alert went out, the first press says that deleting does not take the alert back", async () => {
    await pressDelete("alerted");
    expect($("#entry-delete-alerted")!.textContent).toBe(
      "The alert was already sent. Deleting does not take it back. If you are safe, tick “I am safe” and save instead.",
    );
    expect(calls.some((c) => c.cmd === "diary_delete")).toBe(false);
  });

  test("while it is only watched, the confirmation says nothing about an alert", async () => {
    await pressDelete("watching");
    expect($("#entry-delete-alerted")).toBeNull();
    $<HTMLButtonElement>("#entry-delete")!.click();
    await until(() => calls.some((c) => c.cmd === "diary_delete"));
  });
});

describe("check-in from the reminder", () => {
  const appointment = { id: "e1", version: 1, kind: "appointment", starts: "2026-12-02T21:00:00", ends: null, place: "Hotel", with_whom: "Mark", check_in: "2026-12-02T23:30:00", checked_in: false, reminder_minutes: null, notes: "" };

  test("Done tapped while locked: the lock screen says the PIN opens it, then she is checked in", async () => {
    diary().state = "locked";
    diary().pin = "482916";
    diary().entries.push({ ...appointment });
    tapReminder("e1", true);
    await boot("#/");
    fireAppEvent({ event: "reminder", opened: null });
    await until(() => !!$("#reminder-unlock"));
    expect($("#reminder-unlock")!.textContent).toBe("Enter your PIN to open the reminder.");
    expect(diary().entries[0].checked_in).toBe(false);
    type("#diary-pin", "482916");
    $<HTMLButtonElement>("#diary-unlock")!.click();
    await until(() => !!$("#reminder-done"));
    expect($("#reminder-done")!.textContent).toBe("You checked in.");
    expect($<HTMLInputElement>("#entry-checked-in")!.checked).toBe(true);
    expect(location.hash).toBe("#/diary/entry/e1");
  });

  test("a wrong PIN checks nobody in, and the note stays until the right one", async () => {
    diary().state = "locked";
    diary().pin = "482916";
    diary().entries.push({ ...appointment });
    tapReminder("e1", true);
    await boot("#/diary");
    await until(() => !!$("#reminder-unlock"));
    type("#diary-pin", "111111");
    $<HTMLButtonElement>("#diary-unlock")!.click();
    await until(() => $("#diary-error")!.textContent !== "");
    expect(calls.some((c) => c.cmd === "diary_reminder")).toBe(false);
    expect(diary().entries[0].checked_in).toBe(false);
    expect($("#reminder-unlock")).not.toBeNull();
  });

  test("unlocked, a tap shows the appointment at once; the note is said once", async () => {
    diary().state = "unlocked";
    diary().entries.push({ ...appointment, checked_in: true });
    await boot("#/");
    fireAppEvent({ event: "reminder", opened: { entry: "e1", checked_in: true } });
    await until(() => !!$("#reminder-done"));
    expect(location.hash).toBe("#/diary/entry/e1");
    location.hash = "#/diary";
    await until(() => !$("#entry-checked-in"));
    location.hash = "#/diary/entry/e1";
    await until(() => !!$("#entry-checked-in"));
    expect($("#reminder-done")).toBeNull();
  });
});
