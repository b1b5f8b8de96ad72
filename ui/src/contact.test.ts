import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// Only the boundary to the Rust core is replaced; delivery, sealing and
// sync are tested in tests/system (contact, faults, privacy) and end to end.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, $$, calls, contact, diary, go, until } from "./test/harness";

function type(sel: string, value: string): void {
  const el = $<HTMLInputElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("contact", () => {
  test("needs the diary open: messages are locked with it", async () => {
    diary().state = "locked";
    await boot("#/contact");
    await until(() => !!$("#contact-needs-diary"));
    expect($("#contact-needs-diary")!.textContent).toContain("set up or open your private diary");
    expect(calls.some((c) => c.cmd === "contact_view")).toBe(false);
    expect($("#nav-contact")!.getAttribute("aria-current")).toBe("page");
  });

  test("write to an organisation, see the message wait, reply, delete from the phone", async () => {
    diary().state = "unlocked";
    await boot("#/contact");
    await until(() => !!$(".org[data-org='main']"));
    expect($("h1")!.textContent).toBe("Talk to a support worker");
    expect($<HTMLAnchorElement>(".org[data-org='main'] a")!.getAttribute("href")).toBe("#/contact/new/main");
    await go("#/contact/new/main");
    await until(() => !!$("#contact-text"));
    // Name and call-back number are optional and labelled so.
    expect($("label[for='contact-name']")!.textContent).toContain("you may leave this empty");
    expect($<HTMLInputElement>("#contact-callback")!.type).toBe("tel");
    type("#contact-text", "Can someone help me with my taxes?");
    type("#contact-callback", "+31 6 1234 5678");
    $<HTMLButtonElement>("#contact-send")!.click();
    await until(() => !!$("#conversation"));
    const start = calls.find((c) => c.cmd === "contact_start")!;
    expect(start.args).toEqual({ organisation: "main", name: "", callback: "+31 6 1234 5678", text: "Can someone help me with my taxes?" });
    expect($("#messages .message-body")!.textContent).toBe("Can someone help me with my taxes?");
    expect($("#messages .message-state")!.textContent).toBe("Waiting to be sent");

    type("#contact-reply", "And about the KvK.");
    $<HTMLButtonElement>("#contact-send")!.click();
    await until(() => $$("#messages li.message").length === 2);
    expect($<HTMLTextAreaElement>("#contact-reply")!.value).toBe("");

    $<HTMLButtonElement>("#contact-delete-device")!.click();
    await until(() => !!$("#contact") && !$("#conversation"));
    expect(calls.find((c) => c.cmd === "contact_forget")!.args).toEqual({ id: "c1", onServer: false });
    expect(contact().conversations).toHaveLength(0);
  });

  test("the sync panel refuses an unsafe server address with a clear message", async () => {
    diary().state = "unlocked";
    await boot("#/contact");
    await until(() => !!$("#sync-status"));
    expect($("#sync-status")!.dataset.state).toBe("off");
    type("#sync-server", "http://partner.example.nl");
    $<HTMLButtonElement>("#sync-server-save")!.click();
    await until(() => !$("#sync-error")!.hidden);
    expect($("#sync-error")!.textContent).toContain("https://");
    expect(contact().server).toBe("");
    type("#sync-server", "https://partner.example.nl");
    $<HTMLButtonElement>("#sync-server-save")!.click();
    await until(() => $("#sync-saved")!.textContent === "Saved.");
    expect(contact().server).toBe("https://partner.example.nl");
  });
});
