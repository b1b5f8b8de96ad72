import { describe, expect, test, vi } from "vitest";
import { boot } from "./test/setup";

// Only the boundary to the Rust core is replaced; the alarm itself (the
// sealed token, the queue, the duress PIN) is tested in core/src/vault.
vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { $, alarm, calls, diary, until } from "./test/harness";
import { HOLD_MS } from "./views/diary/alarm";

function pressKeys(keys: string): void {
  for (const k of keys) $<HTMLButtonElement>(`.calc-key[data-key="${k}"]`)!.click();
}

async function calculator(): Promise<void> {
  await boot("#/");
  await until(() => !!$("#quick-exit"));
  $<HTMLButtonElement>("#quick-exit")!.click();
  await until(() => !!$("#neutral-screen"));
}

const alarmCalls = () => calls.filter((c) => c.cmd === "alarm_calculator");

describe("the calculator code", () => {
  test("the code and = give an ordinary result and hand the digits to the core", async () => {
    alarm().on = true;
    alarm().code = "2580";
    await calculator();
    pressKeys("2580=");
    expect($("#calc-display")!.textContent).toBe("2580");
    await until(() => alarm().sent === 1);
    expect(alarmCalls().map((c) => c.args)).toEqual([{ input: "2580" }]);
    // Nothing else on the screen changed: still only the calculator.
    expect(document.body.textContent).not.toMatch(/alarm|help|sent|huiskamer/i);
  });

  test("arithmetic, short or long numbers and decimals do not reach the core", async () => {
    alarm().code = "2580";
    await calculator();
    pressKeys("12+2580=");
    expect($("#calc-display")!.textContent).toBe("2592");
    pressKeys("C258=");
    pressKeys("C123456789=");
    pressKeys("C25.80=");
    expect($("#calc-display")!.textContent).toBe("25.80");
    pressKeys("C2580");
    expect(alarmCalls()).toEqual([]);
    expect(alarm().sent).toBe(0);
  });

  test("a wrong code of the right shape is handed over and the calculator still just calculates", async () => {
    alarm().code = "2580";
    await calculator();
    pressKeys("1111=");
    expect($("#calc-display")!.textContent).toBe("1111");
    await until(() => alarmCalls().length === 1);
    expect(alarm().sent).toBe(0);
  });
});

describe("Help now in the diary", () => {
  async function week(): Promise<HTMLButtonElement> {
    diary().state = "unlocked";
    alarm().on = true;
    await boot("#/diary");
    await until(() => !!$("#alarm-help"));
    return $<HTMLButtonElement>("#alarm-help")!;
  }

  test("a tap sends nothing; pressing and holding sends once and only the label changes", async () => {
    const button = await week();
    expect(button.textContent).toBe("Help now");
    button.click();
    button.dispatchEvent(new Event("pointerdown"));
    button.dispatchEvent(new Event("pointerup"));
    await new Promise((r) => setTimeout(r, HOLD_MS + 100));
    expect(calls.some((c) => c.cmd === "alarm_help_now")).toBe(false);

    const before = document.querySelectorAll("*").length;
    button.dispatchEvent(new Event("pointerdown"));
    await until(() => alarm().sent === 1, HOLD_MS + 1000);
    await until(() => button.textContent === "Done");
    // No dialog, no banner: the page has as many elements as before.
    expect(document.querySelectorAll("*").length).toBe(before);
    expect($("[role=alert]:not([hidden]), dialog")).toBeNull();
    button.dispatchEvent(new Event("pointerup"));
    button.dispatchEvent(new Event("pointerdown"));
    await new Promise((r) => setTimeout(r, HOLD_MS + 100));
    expect(calls.filter((c) => c.cmd === "alarm_help_now").length).toBe(1);
  });

  test("without the alarm set up there is no Help now button", async () => {
    diary().state = "unlocked";
    await boot("#/diary");
    await until(() => calls.some((c) => c.cmd === "alarm_settings"));
    await new Promise((r) => setTimeout(r, 20));
    expect($("#alarm-help")).toBeNull();
  });
});

describe("alarm settings", () => {
  test("turning it on with a code, and a bad code shows the core's message", async () => {
    diary().state = "unlocked";
    await boot("#/diary/settings");
    await until(() => !!$("#alarm-save"));
    expect($("#alarm-duress-explained")!.textContent).toContain("the diary opens empty");
    $<HTMLInputElement>("#alarm-code")!.value = "12";
    $<HTMLButtonElement>("#alarm-save")!.click();
    await until(() => !$("#alarm-error")!.hidden);
    expect($("#alarm-error")!.textContent).toBe("The code must be 4 to 8 digits.");
    expect(alarm().on).toBe(false);
    $<HTMLInputElement>("#alarm-code")!.value = "2580";
    $<HTMLButtonElement>("#alarm-save")!.click();
    await until(() => !!$("#alarm-off"));
    expect(calls.filter((c) => c.cmd === "alarm_set_up").at(-1)!.args).toEqual({ organisation: "terwille", code: "2580", duressPin: null });
    expect($("#alarm-status")!.textContent).toContain("The silent alarm is on.");
    $<HTMLButtonElement>("#alarm-off")!.click();
    await until(() => !$("#alarm-off"));
    expect(alarm().on).toBe(false);
  });
});
