import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// Only the boundary to the Rust core is replaced; the vault itself is
// tested in core/src/vault and through the real window in tests/e2e.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, calls, diary, fireAppEvent, go, until } from "./test/harness";

function type(sel: string, value: string): void {
  const el = $<HTMLInputElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

function submit(sel: string): void {
  $<HTMLButtonElement>(sel)!.click();
}

describe("diary", () => {
  test("set-up asks for the PIN twice, then shows the recovery key once", async () => {
    await boot("#/diary");
    await until(() => !!$("#diary-setup"));
    expect(document.activeElement?.id).toBe("diary-pin");
    type("#diary-pin", "482916");
    type("#diary-pin-again", "482917");
    submit("#diary-setup");
    await until(() => !$("#diary-error")!.hidden);
    expect($("#diary-error")!.textContent).toBe("The two are not the same. Try again.");
    expect(calls.some((c) => c.cmd === "diary_set_up")).toBe(false);

    type("#diary-pin-again", "482916");
    submit("#diary-setup");
    await until(() => !!$("#recovery-key"));
    expect($("#recovery-key")!.textContent).toBe("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789");
    expect($<HTMLInputElement>("#diary-pin")).toBeNull();
    $<HTMLButtonElement>("#recovery-done")!.click();
    await until(() => !!$("#week-label"));
    expect($("#new-appointment")).not.toBeNull();
  });

  test("a wrong PIN shows the core's message and clears the field", async () => {
    diary().state = "locked";
    diary().pin = "482916";
    await boot("#/diary");
    await until(() => !!$("#diary-unlock"));
    type("#diary-pin", "000123");
    submit("#diary-unlock");
    await until(() => !$("#diary-error")!.hidden);
    expect($("#diary-error")!.textContent).toBe("Wrong PIN. Try again.");
    expect($<HTMLInputElement>("#diary-pin")!.value).toBe("");
    type("#diary-pin", "482916");
    submit("#diary-unlock");
    await until(() => !!$("#week-label"));
  });

  test("an appointment is saved with the times the core expects", async () => {
    diary().state = "unlocked";
    await boot("#/diary/new/appointment");
    await until(() => !!$("#entry-starts"));
    type("#entry-starts", "2026-11-23T21:00");
    type("#entry-with-whom", "Mark");
    $<HTMLSelectElement>("#entry-reminder")!.value = "30";
    submit("#entry-save");
    await until(() => !!$("[data-entry]"));
    const save = calls.find((c) => c.cmd === "diary_save")!;
    expect(save.args).toMatchObject({
      id: null,
      body: { kind: "appointment", starts: "2026-11-23T21:00:00", with_whom: "Mark", reminder_minutes: 30, ends: null },
    });
    expect($("[data-entry]")!.textContent).toContain("Mark");
  });

  test("quick exit locks the diary and leaves nothing of it on the page", async () => {
    diary().state = "unlocked";
    diary().entries.push({ id: "e1", kind: "appointment", with_whom: "Mark", place: "Hotel" });
    await boot("#/diary");
    await until(() => !!$("[data-entry]"));
    $<HTMLButtonElement>("#quick-exit")!.click();
    await until(() => calls.some((c) => c.cmd === "diary_lock"));
    expect(document.body.textContent).not.toMatch(/Mark|Hotel|diary/i);
    expect(diary().state).toBe("locked");
  });

  test("the diary closes when the core says it locked itself, without asking every few seconds", async () => {
    vi.useFakeTimers({ toFake: ["setInterval"] });
    diary().state = "unlocked";
    diary().pin = "482916";
    diary().entries.push({ id: "e1", kind: "appointment", with_whom: "Mark", place: "Hotel" });
    await boot("#/diary");
    await until(() => !!$("[data-entry]"));
    // The core's auto-lock: the screen does not find out by polling...
    diary().state = "locked";
    const asked = calls.filter((c) => c.cmd === "diary_status").length;
    vi.advanceTimersByTime(60_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.filter((c) => c.cmd === "diary_status").length).toBe(asked);
    expect($("[data-entry]")).not.toBeNull();
    // ...but from the shell's event, at once.
    fireAppEvent({ event: "diary-locked" });
    await until(() => !!$("#diary-unlock"));
    expect(document.body.textContent).not.toContain("Mark");
  });

  test("hiding the app locks the diary and shows the PIN screen", async () => {
    diary().state = "unlocked";
    diary().pin = "482916";
    diary().entries.push({ id: "e1", kind: "appointment", with_whom: "Mark", place: "Hotel" });
    await boot("#/diary");
    await until(() => !!$("[data-entry]"));
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    await until(() => !!$("#diary-unlock"));
    expect(document.body.textContent).not.toContain("Mark");
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    await go("#/");
  });
});
