import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// Only the boundary to the Rust core is replaced; delivery, sealing and
// sync are tested in tests/system (contact, faults, privacy) and end to end.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, $$, calls, contact, diary, fireAppEvent, go, until } from "./test/harness";

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

  test("the message form says what to expect, in the organisation's words or the app's own", async () => {
    diary().state = "unlocked";
    await boot("#/contact/new/main");
    await until(() => !!$("#contact-text"));
    const expect1 = $("#contact-expectation")!;
    expect(expect1.textContent).toBe("We usually answer within one working day. Not for emergencies: call 112.");
    // Above the form's fields, and read with the form.
    const form = $("form")!;
    expect(form.firstElementChild).toBe(expect1);
    expect(form.getAttribute("aria-describedby")).toBe("contact-expectation");
    await go("#/contact/new/ggd");
    await until(() => $("h1")?.textContent === "GGD");
    expect($("#contact-expectation")!.textContent).toBe("This is not for emergencies. In danger, call 112.");

    // And above the form for later messages in a conversation.
    type("#contact-text", "Hello");
    $<HTMLButtonElement>("#contact-send")!.click();
    await until(() => !!$("#conversation"));
    expect($("#conversation #contact-expectation")!.textContent).toContain("Not for emergencies: call 112.");
  });

  test("the Contact tab shows a badge with the conversations that have a new reply, also to screen readers", async () => {
    diary().state = "unlocked";
    await boot("#/");
    await until(() => !!$("#nav-contact"));
    expect($("#nav-contact .nav-badge")).toBeNull();
    // The background sync brings a reply while she reads elsewhere.
    fireAppEvent({ event: "replies", unread: 2, label: "Contact, 2 conversations with a new reply" });
    const tab = $("#nav-contact")!;
    expect(tab.querySelector(".nav-badge")!.textContent).toBe("2");
    expect(tab.querySelector(".nav-badge")!.getAttribute("aria-hidden")).toBe("true");
    expect(tab.getAttribute("aria-label")).toBe("Contact, 2 conversations with a new reply");
    expect($("main")!.textContent).not.toContain("reply");
    // She reads them: the list says none are left, the badge goes.
    contact().unread = 0;
    await go("#/contact");
    await until(() => !!$("#conversations"));
    expect($("#nav-contact .nav-badge")).toBeNull();
    expect($("#nav-contact")!.hasAttribute("aria-label")).toBe(false);
    // The list counts too.
    contact().unread = 1;
    await go("#/");
    await go("#/contact");
    await until(() => !!$("#nav-contact .nav-badge"));
    expect($("#nav-contact")!.getAttribute("aria-label")).toBe("Contact, 1 conversation with a new reply");
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
