import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// Only the boundary to the Rust core is replaced; that a report reaches the
// organisation once, marked with what it is about, is tested in
// tests/system/tests/contact.rs and server/tests/dashboard.rs.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, $$, calls, contact, diary, go, setFailNext, until } from "./test/harness";

function type(el: HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

const opener = (scope: string) => $<HTMLButtonElement>(`${scope} button.report-open`)!;

describe("report a mistake", () => {
  test("from an article: the form says where it goes, sends what it is about, and says it waits while offline", async () => {
    diary().state = "unlocked";
    contact().server = "https://partner.example.nl"; // the fake sync is offline then
    await boot("#/article/health-sti-testing");
    await until(() => !!$("#article button.report-open"));
    const button = opener("#article");
    expect(button.textContent).toBe("Report a mistake");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    const panel = document.getElementById(button.getAttribute("aria-controls")!)!;
    expect(panel.hidden).toBe(true);

    button.click();
    await until(() => !!panel.querySelector("textarea"));
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const text = panel.querySelector<HTMLTextAreaElement>("textarea")!;
    expect(document.activeElement).toBe(text);
    // Labelled, with the plain sentence on where it goes tied to the field.
    expect(panel.querySelector(`label[for="${text.id}"]`)!.textContent).toBe("What is wrong?");
    const hint = document.getElementById(text.getAttribute("aria-describedby")!)!;
    expect(hint.textContent).toContain("goes to the support organisation as a message");

    type(text, "The phone number of the GGD is wrong.");
    panel.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await until(() => !!panel.querySelector(".report-sent"));
    expect(calls.filter((c) => c.cmd === "contact_report").map((c) => c.args)).toEqual([
      { about: "article:health-sti-testing", text: "The phone number of the GGD is wrong." },
    ]);
    expect(panel.querySelector(".report-sent")!.textContent).toContain("Thank you");
    expect(panel.querySelector(".report-queued")!.textContent).toBe("It will be sent when you are online.");
    expect(panel.querySelector('[role="status"]')).not.toBeNull();
    expect(panel.querySelector<HTMLAnchorElement>(".report-done a")!.getAttribute("href")).toBe("#/contact/c/c1");
    expect(contact().conversations[0].messages[0].body).toBe("The phone number of the GGD is wrong.");

    // The person's message, marked as a report, is in their conversation.
    await go("#/contact/c/c1");
    await until(() => !!$("#messages .message-about"));
    expect($("#messages .message-about")!.textContent).toContain("Report of a mistake in:");
  });

  test("an error keeps what was typed, and sending again works", async () => {
    diary().state = "unlocked";
    await boot("#/article/health-sti-testing");
    await until(() => !!$("#article button.report-open"));
    opener("#article").click();
    await until(() => !!$("#article .report-panel textarea"));
    const text = $<HTMLTextAreaElement>("#article .report-panel textarea")!;
    type(text, "Die Öffnungszeiten stimmen nicht.");
    setFailNext({ code: "storage", message: "The app could not read its data. Restart the app; your information is kept." });
    $<HTMLButtonElement>("#article .report-send")!.click();
    await until(() => !$<HTMLElement>("#article .report-panel .form-error")!.hidden);
    expect($("#article .report-panel .form-error")!.textContent).toContain("could not read its data");
    expect($("#article .report-panel .form-error")!.getAttribute("role")).toBe("alert");
    expect(text.value).toBe("Die Öffnungszeiten stimmen nicht.");
    expect($<HTMLButtonElement>("#article .report-send")!.disabled).toBe(false);
    expect(contact().conversations).toHaveLength(0);

    // An empty report is refused by the core, in the reader's language.
    type(text, "   ");
    $<HTMLButtonElement>("#article .report-send")!.click();
    await until(() => $("#article .report-panel .form-error")!.textContent.includes("Please check"));

    type(text, "Die Öffnungszeiten stimmen nicht.");
    $<HTMLButtonElement>("#article .report-send")!.click();
    await until(() => !!$("#article .report-sent"));
    expect($("#article .report-panel .form-error")!.hidden).toBe(true);
    // Online (the fake sync is not offline): no "waits" sentence.
    expect($("#article .report-queued")).toBeNull();
  });

  test("with the diary locked, the unlock flow is offered and nothing is sent", async () => {
    diary().state = "locked";
    await boot("#/article/health-sti-testing");
    await until(() => !!$("#article button.report-open"));
    opener("#article").click();
    await until(() => !!$("#article .report-blocked"));
    expect($("#article .report-blocked")!.textContent).toContain("open your private diary");
    expect($<HTMLAnchorElement>("#article .report-blocked a")!.getAttribute("href")).toBe("#/diary");
    expect($("#article .report-panel textarea")).toBeNull();
    expect(calls.some((c) => c.cmd === "contact_report" || c.cmd === "contact_view")).toBe(false);

    // Opened meanwhile: the next opening shows the form.
    diary().state = "unlocked";
    opener("#article").click(); // closes
    opener("#article").click(); // opens again
    await until(() => !!$("#article .report-panel textarea"));
  });

  test("from a directory entry: each entry has its own report, about that entry", async () => {
    diary().state = "unlocked";
    await boot("#/help");
    await until(() => $$(".org button.report-open").length > 1);
    const orgs = $$(".org");
    expect($$(".org button.report-open")).toHaveLength(orgs.length);
    const ids = $$(".report-panel").map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const entry = orgs[1];
    const id = entry.dataset.org!;
    const button = entry.querySelector<HTMLButtonElement>("button.report-open")!;
    // Tied to the entry's name for a screen reader.
    expect(button.getAttribute("aria-describedby")).toBe(`org-${id}`);
    button.click();
    await until(() => !!entry.querySelector(".report-panel textarea"));
    type(entry.querySelector("textarea")!, "They moved to another street.");
    entry.querySelector<HTMLButtonElement>(".report-send")!.click();
    await until(() => !!entry.querySelector(".report-sent"));
    expect(calls.find((c) => c.cmd === "contact_report")!.args).toEqual({
      about: `organisation:${id}`,
      text: "They moved to another street.",
    });
    // The other entries' panels stay closed.
    expect($$(".report-panel").filter((p) => !p.hidden)).toHaveLength(1);
  });

  test("hiding the app takes what was typed off the page", async () => {
    diary().state = "unlocked";
    await boot("#/article/health-sti-testing");
    await until(() => !!$("#article button.report-open"));
    opener("#article").click();
    await until(() => !!$("#article .report-panel textarea"));
    type($<HTMLTextAreaElement>("#article .report-panel textarea")!, "Something personal");
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    await until(() => !document.body.textContent.includes("Something personal") && !document.querySelector("textarea"));
    expect(opener("#article").getAttribute("aria-expanded")).toBe("false");
  });

  test("the strings exist in Dutch", async () => {
    const { localeView } = await import("./test/fixtures");
    const nl = localeView("nl").strings;
    for (const key of ["ui-report-mistake", "ui-report-label", "ui-report-hint", "ui-report-send", "ui-report-sent", "ui-report-queued", "ui-report-see-message", "ui-report-needs-diary", "ui-report-open-contact"]) {
      expect(nl[key], key).toBeTruthy();
      expect(nl[key], key).not.toBe(localeView("en").strings[key]);
    }
  });
});
