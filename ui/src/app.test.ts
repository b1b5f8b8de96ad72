import { describe, expect, test } from "vitest";
import { boot } from "./test/setup";
import { $, $$, calls, go, setFailNext, until } from "./test/harness";

describe("library", () => {
  test("home lists the six topics with their counts, in the reader's language", async () => {
    await boot();
    const cards = $$("a.topic-card");
    expect(cards.map((c) => c.dataset.topic)).toEqual(["rights", "health", "money", "safety", "exiting", "help"]);
    expect($('a.topic-card[data-topic="health"]')!.textContent).toContain("Health");
    expect($('a.topic-card[data-topic="health"]')!.textContent).toContain("2 articles");
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
      expect($$("nav a").length).toBe(3);
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
    await until(() => $("#search-status")!.textContent!.startsWith("Nothing found"));
    expect($$("#search-results li").length).toBe(0);
  });
});

describe("directory", () => {
  test("shows open-now states, the no-phone notice and call buttons with the number", async () => {
    await boot("#/help");
    await until(() => !!$("#directory"));
    const mp = $('.org[data-org="ldh-meetingpoint-groningen"]')!;
    expect(mp.querySelector(".open-state")!.getAttribute("data-state")).toBe("unknown");
    expect(mp.textContent).toContain("We do not list a phone number that we could not check.");
    expect(mp.querySelector(".call")).toBeNull();
    expect(mp.querySelector(".map")).not.toBeNull();
    const csg = $('.org[data-org="centrum-seksueel-geweld"]')!;
    expect(csg.querySelector(".call")!.textContent).toBe("Call 0800-0188");
    expect(csg.querySelector(".open-state")!.textContent).toContain("Open day and night");
    csg.querySelector<HTMLButtonElement>(".call")!.click();
    expect(calls.at(-1)?.args).toEqual({ request: { kind: "call", organisation: "centrum-seksueel-geweld" } });
  });

  test("the place filter shows only that place", async () => {
    await boot("#/help");
    await until(() => !!$("#city-filter"));
    const select = $<HTMLSelectElement>("#city-filter")!;
    expect([...select.options].map((o) => o.textContent)).toEqual(["All places", "Deventer", "Groningen", "Whole country"]);
    select.value = "Deventer";
    select.dispatchEvent(new Event("change"));
    const visible = $$(".org").filter((o) => !o.hidden).map((o) => o.dataset.org);
    expect(visible).toEqual(["kadera"]);
  });
});
