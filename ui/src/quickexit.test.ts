import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// Only the boundary to the Rust core is replaced.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, $$, go, until } from "./test/harness";
import { Calculator } from "./calculator";

const APP_WORDS = /huiskamer|information|health|ggd|free sti|soa/i;

async function readingAnArticle(): Promise<void> {
  await boot("#/article/health-sti-testing");
  await until(() => !!$("article#article"));
}

function assertNeutral(): void {
  const screen = $("#neutral-screen");
  expect(screen).not.toBeNull();
  expect($$("a.topic-card, article#article, a[data-article], #search-input, #quick-exit").length).toBe(0);
  expect(document.body.textContent).not.toMatch(APP_WORDS);
  expect(document.title).toBe("Calculator");
  expect(location.hash).toBe("#/");
}

describe("quick exit", () => {
  test("the button replaces the app with a calculator and removes what was shown", async () => {
    await readingAnArticle();
    $<HTMLButtonElement>("#quick-exit")!.click();
    assertNeutral();
  });

  test("Escape twice does the same; once does not", async () => {
    await readingAnArticle();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect($("#neutral-screen")).toBeNull();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    assertNeutral();
  });

  test("a search typed before the exit is forgotten", async () => {
    await boot("#/search");
    await until(() => !!$("#search-input"));
    const input = $<HTMLInputElement>("#search-input")!;
    input.value = "soa";
    input.dispatchEvent(new Event("input"));
    $<HTMLButtonElement>("#quick-exit")!.click();
    assertNeutral();
    // Navigating back (e.g. the phone's back gesture) shows nothing of the app.
    await go("#/article/health-sti-testing");
    expect($("article#article")).toBeNull();
  });

  test("two Escapes more than a second apart do nothing", async () => {
    await readingAnArticle();
    vi.useFakeTimers({ toFake: ["Date"] });
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    vi.setSystemTime(Date.now() + 1500);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    vi.useRealTimers();
    expect($("#neutral-screen")).toBeNull();
    expect($("article#article")).not.toBeNull();
  });

  test("Escape twice works from inside the search box too", async () => {
    await boot("#/search");
    await until(() => !!$("#search-input"));
    const input = $<HTMLInputElement>("#search-input")!;
    input.value = "soa";
    input.dispatchEvent(new Event("input"));
    await until(() => $$("#search-results a[data-article]").length === 1);
    for (let i = 0; i < 2; i++) input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    assertNeutral();
  });

  test("the place picked in the directory is forgotten", async () => {
    await boot("#/help");
    await until(() => !!$("#city-filter"));
    const select = $<HTMLSelectElement>("#city-filter")!;
    select.value = "Groningen";
    select.dispatchEvent(new Event("change"));
    $<HTMLButtonElement>("#quick-exit")!.click();
    expect(document.body.textContent).not.toMatch(/Groningen/);
    vi.useFakeTimers();
    $("#calc-display")!.dispatchEvent(new PointerEvent("pointerdown"));
    vi.advanceTimersByTime(2000);
    vi.useRealTimers();
    await until(() => $$("a.topic-card").length === 6);
    await go("#/help");
    await until(() => !!$("#city-filter"));
    expect($<HTMLSelectElement>("#city-filter")!.value).toBe("");
  });

  test("holding Enter on the display for two seconds also brings the app back", async () => {
    await readingAnArticle();
    $<HTMLButtonElement>("#quick-exit")!.click();
    const display = $("#calc-display")!;
    expect(document.activeElement).toBe(display);
    vi.useFakeTimers();
    display.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    vi.advanceTimersByTime(2000);
    vi.useRealTimers();
    await until(() => $$("a.topic-card").length === 6);
    expect(document.title).toBe("Huiskamer");
    expect(location.hash).toBe("#/");
  });

  test("a long press of two seconds on the display brings the app back, a short one does not", async () => {
    await readingAnArticle();
    $<HTMLButtonElement>("#quick-exit")!.click();
    vi.useFakeTimers();
    const display = $("#calc-display")!;
    display.dispatchEvent(new PointerEvent("pointerdown"));
    vi.advanceTimersByTime(1500);
    display.dispatchEvent(new PointerEvent("pointerup"));
    vi.advanceTimersByTime(1000);
    expect($("#neutral-screen")).not.toBeNull();
    display.dispatchEvent(new PointerEvent("pointerdown"));
    vi.advanceTimersByTime(2000);
    vi.useRealTimers();
    expect($("#neutral-screen")).toBeNull();
    await until(() => $$("a.topic-card").length === 6);
    expect($("#quick-exit")).not.toBeNull();
  });

  test("the calculator works from its keys", async () => {
    await readingAnArticle();
    $<HTMLButtonElement>("#quick-exit")!.click();
    for (const k of ["1", "2", "*", "3", "="]) $<HTMLButtonElement>(`#neutral-screen [data-key="${k}"]`)!.click();
    expect($("#calc-display")!.textContent).toBe("36");
  });
});

describe("calculator", () => {
  const run = (keys: string) => {
    const c = new Calculator();
    let out = "";
    for (const k of keys) out = c.press(k as never);
    return out;
  };
  test("does arithmetic left to right like a pocket calculator", () => {
    expect(run("12+30=")).toBe("42");
    expect(run("7-10=")).toBe("-3");
    expect(run("2+3*4=")).toBe("20");
    expect(run("9/4=")).toBe("2.25");
    expect(run(".1+.2=")).toBe("0.3");
  });
  test("division by zero shows an error until cleared", () => {
    expect(run("5/0=")).toBe("E");
    expect(run("5/0=7")).toBe("E");
    expect(run("5/0=C7")).toBe("7");
  });
});
