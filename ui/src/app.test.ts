import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// Only the boundary to the Rust core is replaced.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, $$, calls, go, setFailNext, until } from "./test/harness";

describe("library", () => {
  test("home lists the six topics with their counts, in the reader's language", async () => {
    await boot();
    const cards = $$("a.topic-card");
    expect(cards.map((c) => c.dataset.topic)).toEqual(["rights", "health", "money", "safety", "exiting", "help"]);
    expect($('a.topic-card[data-topic="health"]')!.textContent).toContain("Health");
    expect($('a.topic-card[data-topic="health"]')!.textContent).toContain("6 articles");
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("Huiskamer");
    expect($("h1")!.textContent).toBe("Information");
    expect($("#nav-library")!.getAttribute("aria-current")).toBe("page");
  });

  test("every screen has the quick exit and the bottom navigation", async () => {
    for (const hash of ["#/", "#/topic/health", "#/article/health-sti-testing", "#/search", "#/help"]) {
      await boot(hash);
      await until(() => !!$("main h1"));
      expect($("#quick-exit"), hash).not.toBeNull();
      expect($("#quick-exit")!.getAttribute("aria-label")).toMatch(/Quick exit/);
      expect($$("nav a").length).toBe(5);
    }
  });

  test("a topic page links its articles and marks one shown in another language", async () => {
    await boot("#/topic/health");
    await until(() => $$("a[data-article]").length === 2);
    const other = $('a[data-article="health-mental"]')!;
    expect(other.getAttribute("lang")).toBe("nl");
    expect(other.textContent).toContain("In another language");
    expect(document.activeElement?.tagName).toBe("H1");
  });

  test("an article shows its sanitised body, sources, review date and related articles", async () => {
    await boot("#/article/health-sti-testing");
    await until(() => !!$("article#article"));
    const article = $("article#article")!;
    expect(article.getAttribute("lang")).toBe("en");
    expect($("article#article h1")!.textContent).toBe("Free STI tests at the GGD");
    expect($(".article-body")!.textContent).toContain("The GGD tests you for free.");
    expect($(".reviewed")!.textContent).toBe("Facts last checked: 22 November 2026");
    expect($(".sources")!.textContent).toContain("https://www.ggd.nl/");
    expect($('.related a[data-article="health-protection"]')).not.toBeNull();
    expect($(".fallback-notice")).toBeNull();
  });

  test("an article in another language says so in the reader's language", async () => {
    await boot("#/article/health-mental");
    await until(() => !!$(".fallback-notice"));
    expect($(".fallback-notice")!.textContent).toMatch(/not yet available in your language/);
    expect($(".fallback-notice")!.getAttribute("lang")).toBe("en");
    expect($("article#article")!.getAttribute("lang")).toBe("nl");
  });

  test("external links in an article open outside the app, never in it", async () => {
    await boot("#/article/health-sti-testing");
    await until(() => !!$("a[data-external]"));
    const before = location.href;
    const link = $<HTMLAnchorElement>("a[data-external]")!;
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(location.href).toBe(before);
    expect(calls.at(-1)).toEqual({
      cmd: "open_link",
      args: { request: { kind: "article-link", article: "health-sti-testing", url: "https://www.soaaids.nl/" } },
    });
    $<HTMLButtonElement>(".sources button")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "source", article: "health-sti-testing", index: 0 } });
  });

  test("a phone number in an article dials through the core, and the diary link opens the incident form", async () => {
    await boot("#/article/health-sti-testing");
    await until(() => !!$("a[data-tel]"));
    const tel = $<HTMLAnchorElement>("a[data-tel]")!;
    expect(tel.textContent).toBe("0800-0188");
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    tel.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(calls.at(-1)).toEqual({
      cmd: "open_link",
      args: { request: { kind: "article-call", article: "health-sti-testing", number: "08000188" } },
    });
    const diary = $<HTMLAnchorElement>('.article-body a[href="#/diary/new/incident"]')!;
    const toDiary = new MouseEvent("click", { bubbles: true, cancelable: true });
    diary.dispatchEvent(toDiary);
    expect(toDiary.defaultPrevented).toBe(false); // the router opens the diary's form
    expect($(".out-of-date")).toBeNull();
  });

  test("an article resting on a fact read more than a year ago says it may be out of date", async () => {
    await boot("#/article/health-mental");
    await until(() => !!$(".out-of-date"));
    expect($(".out-of-date")!.textContent).toContain("may be out of date");
    expect($(".out-of-date")!.getAttribute("role")).toBe("note");
  });

  test("links to other articles open in the app, with focus on the new title", async () => {
    await boot("#/article/health-sti-testing");
    await until(() => !!$("article#article"));
    const inApp = $<HTMLAnchorElement>('.article-body a[href^="#/article/"]')!;
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    inApp.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false); // the router takes it
    expect(calls.some((c) => c.cmd === "open_link")).toBe(false);
    await go("#/article/health-mental");
    await until(() => $("article#article h1")?.textContent === "Zorg voor je hoofd");
    expect(document.activeElement).toBe($("article#article h1"));
  });

  test("a failing command shows the core's message and keeps the screen", async () => {
    await boot();
    setFailNext({ code: "storage", message: "The app could not read its data." });
    await go("#/topic/health");
    await until(() => !$("#alert")!.hidden);
    expect($("#alert")!.getAttribute("role")).toBe("alert");
    expect($("#alert")!.textContent).toBe("The app could not read its data.");
    expect($$("a.topic-card").length).toBe(6);
  });
});

describe("languages", () => {
  test("picking a language sets lang and dir, and re-renders the screen in it", async () => {
    await boot();
    const button = $<HTMLButtonElement>("#language-button")!;
    expect(button.textContent).toContain("English");
    button.click();
    expect($("#language-list")!.hidden).toBe(false);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const nl = $<HTMLButtonElement>('#language-list button[data-locale="nl"]')!;
    expect(nl.textContent).toBe("Nederlands");
    nl.click();
    await until(() => document.documentElement.lang === "nl");
    await until(() => $("h1")?.textContent === "Informatie");
    expect($("#quick-exit")!.textContent).toContain("Weg");
    expect(calls.some((c) => c.cmd === "set_locale" && c.args?.code === "nl")).toBe(true);

    $<HTMLButtonElement>("#language-button")!.click();
    $<HTMLButtonElement>('#language-list button[data-locale="ar"]')!.click();
    await until(() => document.documentElement.dir === "rtl");
    expect($('#language-list button[data-locale="ar"]')!.getAttribute("dir")).toBe("rtl");
  });

  test("the language list closes with a tap elsewhere or Escape", async () => {
    await boot();
    const button = $<HTMLButtonElement>("#language-button")!;
    button.click();
    expect($("#language-list")!.hidden).toBe(false);
    $<HTMLElement>("main h1")!.click();
    expect($("#language-list")!.hidden).toBe(true);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    button.click();
    $("#language-list")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect($("#language-list")!.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  test("each language is named in itself, with its own lang and dir", async () => {
    await boot();
    const options = $$("#language-list button[data-locale]");
    expect(options.map((b) => [b.textContent, b.getAttribute("lang"), b.getAttribute("dir")])).toEqual([
      ["English", "en", "ltr"],
      ["Nederlands", "nl", "ltr"],
      ["العربية", "ar", "rtl"],
    ]);
    expect($('#language-list button[data-locale="en"]')!.getAttribute("aria-current")).toBe("true");
  });
});

describe("search", () => {
  test("searches as the person types (debounced) and shows hits as marks, never as markup", async () => {
    await boot("#/search");
    await until(() => !!$("#search-input"));
    const input = $<HTMLInputElement>("#search-input")!;
    expect(document.activeElement).toBe(input);
    expect($("#search-status")!.textContent).toContain("Type a word");
    for (const q of ["s", "so", "soa"]) {
      input.value = q;
      input.dispatchEvent(new Event("input"));
    }
    await until(() => $$("#search-results a[data-article]").length === 1);
    // Three keystrokes within the debounce time make one search.
    expect(calls.filter((c) => c.cmd === "search").map((c) => c.args?.query)).toEqual(["soa"]);
    const hit = $("#search-results a[data-article]")!;
    expect(hit.querySelector("mark")!.textContent).toBe("soa");
    expect(hit.querySelector("img")).toBeNull();
    expect(hit.textContent).toContain("<img src=x onerror=alert(1)>");
    expect($("#search-status")!.textContent).toBe("1 result");
  });

  test("says so when nothing is found", async () => {
    await boot("#/search");
    await until(() => !!$("#search-input"));
    const input = $<HTMLInputElement>("#search-input")!;
    input.value = "zzzz";
    input.dispatchEvent(new Event("input"));
    await until(() => $("#search-status")!.textContent.startsWith("Nothing found"));
    expect($$("#search-results li").length).toBe(0);
  });
});

describe("directory", () => {
  test("shows open-now states, the no-phone notice and call buttons with the number", async () => {
    await boot("#/help");
    await until(() => !!$("#directory"));
    const mp = $('.org[data-org="ldh-meetingpoint-groningen"]')!;
    expect(mp.querySelector(".open-state")!.getAttribute("data-state")).toBe("unknown");
    expect(mp.querySelector(".open-state")!.textContent).toContain("Opening times not confirmed.");
    // Hours from an old source are shown as such, and the entry claims no check.
    expect(mp.querySelector(".hours h3")!.textContent).toBe("Last published hours (Gemeente Groningen, 2019). They may have changed.");
    expect(mp.querySelector(".checked")).toBeNull();
    expect(mp.textContent).toContain("Not every detail here could be checked.");
    mp.querySelector<HTMLButtonElement>(".org-sources button")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "organisation-source", organisation: "ldh-meetingpoint-groningen", index: 0 } });
    expect(mp.querySelector(".org-sources")!.textContent).toContain("Address: Werkbezoek prostitutie (Gemeente Groningen, read 2 December 2026)");
    // Said once, where the call button would be, though the core also lists it as a caveat.
    const noPhone = "We do not list a phone number that we could not check.";
    expect(mp.textContent.split(noPhone).length - 1).toBe(1);
    expect(mp.querySelector(".no-phone")!.textContent).toContain(noPhone);
    expect(mp.querySelector(".call")).toBeNull();
    expect(mp.querySelector(".map")).not.toBeNull();
    expect(mp.textContent).toContain("Languages spoken: English, Nederlands");
    const csg = $('.org[data-org="centrum-seksueel-geweld"]')!;
    expect(csg.querySelector(".call")!.textContent).toBe("Call 0800-0188");
    expect(csg.querySelector(".map")).toBeNull(); // no address
    expect(csg.querySelector(".no-phone")).toBeNull();
    expect(csg.querySelector(".open-state")!.textContent).toContain("Open day and night");
    csg.querySelector<HTMLButtonElement>(".call")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "call", organisation: "centrum-seksueel-geweld" } });
    csg.querySelector<HTMLButtonElement>(".website")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "website", organisation: "centrum-seksueel-geweld" } });
    mp.querySelector<HTMLButtonElement>(".map")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "map", organisation: "ldh-meetingpoint-groningen" } });
    const kadera = $('.org[data-org="kadera"]')!;
    expect(kadera.querySelector(".checked")!.textContent).toBe("Information checked: 2 December 2026");
    kadera.querySelector<HTMLButtonElement>(".email")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "email", organisation: "kadera" } });
    kadera.querySelector<HTMLButtonElement>(".chat")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "chat", organisation: "kadera" } });
    expect(csg.querySelector(".out-of-date")!.textContent).toContain("may be out of date");
    expect(kadera.querySelector(".hours")!.textContent).toContain("Mon–Fri: 09:00–17:00");
    expect(kadera.querySelector(".open-state")!.getAttribute("data-state")).toBe("open");
  });

  test("the place filter shows that place and the organisations for the whole country", async () => {
    await boot("#/help");
    await until(() => !!$("#city-filter"));
    const select = $<HTMLSelectElement>("#city-filter")!;
    expect($('label[for="city-filter"]')!.textContent).toBe("Place");
    expect([...select.options].map((o) => o.textContent)).toEqual(["All places", "Deventer", "Groningen", "Whole country"]);
    // The rules differ per city: one tap to them.
    expect($<HTMLAnchorElement>(".city-rules a")!.getAttribute("href")).toBe("#/article/rights-rules-per-city");
    const visible = () => $$(".org").filter((o) => !o.hidden).map((o) => o.dataset.org);
    const pick = (value: string) => {
      select.value = value;
      select.dispatchEvent(new Event("change"));
    };
    expect(visible()).toEqual(["ldh-meetingpoint-groningen", "kadera", "centrum-seksueel-geweld"]);
    pick("Deventer");
    expect(visible()).toEqual(["kadera", "centrum-seksueel-geweld"]);
    pick("Whole country");
    expect(visible()).toEqual(["centrum-seksueel-geweld"]);
    pick("");
    expect(visible().length).toBe(3);
  });

  test("the place picked is remembered by the core, so it is there after a restart", async () => {
    await boot("#/help");
    await until(() => !!$("#city-filter"));
    const select = $<HTMLSelectElement>("#city-filter")!;
    select.value = "Deventer";
    select.dispatchEvent(new Event("change"));
    expect(calls.at(-1)).toEqual({ cmd: "set_city", args: { city: "Deventer" } });
    await boot("#/help"); // a restart: fresh UI modules, the same core
    await until(() => !!$("#city-filter"));
    expect($<HTMLSelectElement>("#city-filter")!.value).toBe("Deventer");
    expect($$(".org").filter((o) => !o.hidden).map((o) => o.dataset.org)).toEqual(["kadera", "centrum-seksueel-geweld"]);
  });

  test("the place stays picked when the person comes back", async () => {
    await boot("#/help");
    await until(() => !!$("#city-filter"));
    const select = $<HTMLSelectElement>("#city-filter")!;
    select.value = "Groningen";
    select.dispatchEvent(new Event("change"));
    await go("#/");
    await until(() => $$("a.topic-card").length === 6);
    await go("#/help");
    await until(() => !!$("#city-filter"));
    expect($<HTMLSelectElement>("#city-filter")!.value).toBe("Groningen");
    expect($$(".org").filter((o) => !o.hidden).map((o) => o.dataset.org)).toEqual([
      "ldh-meetingpoint-groningen",
      "centrum-seksueel-geweld",
    ]);
  });
});

describe("errors", () => {
  test("if even the language cannot be read, the core's message shows and nothing crashes", async () => {
    setFailNext({ code: "storage", message: "The app could not read its data. Restart the app; your information is kept." });
    await boot();
    expect($("#alert")!.hidden).toBe(false);
    expect($("#alert")!.textContent).toMatch(/could not read its data/);
    expect($("#quick-exit")).not.toBeNull();
    expect($("#quick-exit")!.textContent).toBe("Exit");
  });

  test("a failing search says why and keeps the search box and its text", async () => {
    await boot("#/search");
    await until(() => !!$("#search-input"));
    const input = $<HTMLInputElement>("#search-input")!;
    setFailNext({ code: "invalid-input", message: "That did not work. Please try again." });
    input.value = "soa";
    input.dispatchEvent(new Event("input"));
    await until(() => !$("#alert")!.hidden);
    expect($("#alert")!.textContent).toBe("That did not work. Please try again.");
    expect($<HTMLInputElement>("#search-input")!.value).toBe("soa");
  });

  test("a link that cannot be opened says so", async () => {
    await boot("#/help");
    await until(() => !!$("#directory"));
    setFailNext({ code: "open-link", message: "This link could not be opened on this device." });
    $<HTMLButtonElement>('.org[data-org="kadera"] .call')!.click();
    await until(() => !$("#alert")!.hidden);
    expect($("#alert")!.textContent).toBe("This link could not be opened on this device.");
    expect($("#directory")).not.toBeNull();
  });
});
