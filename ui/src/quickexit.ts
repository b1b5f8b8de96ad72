// Quick exit: one tap (or Escape twice) and the app is gone from the screen,
// replaced by an ordinary calculator. Everything the app showed is removed
// from the page, not just hidden, and the address no longer names a page.
// A long press (2 s) on the calculator's display brings the app back.
import { api } from "./api";
import { Calculator, type Key } from "./calculator";
import { h, on } from "./dom";
import { t } from "./strings";

const LONG_PRESS_MS = 2000;
const DOUBLE_ESCAPE_MS = 1000;

interface Hooks {
  /** Remove every trace of the app from the page and from memory. */
  clear: () => void;
  /** Build the app again from its start screen. */
  restore: () => void;
}

let hooks: Hooks | null = null;
let exited = false;
let lastEscape = 0;

export function isExited(): boolean {
  return exited;
}

/** Installs the double-Escape shortcut; returns a function that removes it. */
export function installQuickExit(h: Hooks): () => void {
  hooks = h;
  document.addEventListener("keydown", onKey, true);
  return () => {
    document.removeEventListener("keydown", onKey, true);
    hooks = null;
  };
}

function onKey(e: KeyboardEvent): void {
  if (e.key !== "Escape" || exited) return;
  const now = Date.now();
  if (now - lastEscape <= DOUBLE_ESCAPE_MS) {
    lastEscape = 0;
    e.preventDefault();
    quickExit();
  } else {
    lastEscape = now;
  }
}

export function quickExit(): void {
  if (!hooks || exited) return;
  exited = true;
  (document.activeElement as HTMLElement | null)?.blur?.();
  hooks.clear();
  history.replaceState(null, "", "#/");
  document.title = t("ui-calc-title", "Calculator");
  document.body.append(neutralScreen());
  window.scrollTo?.(0, 0);
  document.getElementById("calc-display")?.focus();
}

function leave(): void {
  if (!hooks || !exited) return;
  document.getElementById("neutral-screen")?.remove();
  exited = false;
  hooks.restore();
}

const KEYS: [Key, string, string?][][] = [
  [["7", "7"], ["8", "8"], ["9", "9"], ["/", "÷", "ui-calc-divide"]],
  [["4", "4"], ["5", "5"], ["6", "6"], ["*", "×", "ui-calc-times"]],
  [["1", "1"], ["2", "2"], ["3", "3"], ["-", "−", "ui-calc-minus"]],
  [["0", "0"], [".", "."], ["C", "C", "ui-calc-clear"], ["+", "+", "ui-calc-plus"]],
  [["=", "=", "ui-calc-equals"]],
];

function neutralScreen(): HTMLElement {
  const calc = new Calculator();
  const display = h("output", {
    id: "calc-display",
    class: "calc-display",
    tabindex: 0,
    "aria-live": "polite",
    "aria-label": t("ui-calc-display", "Result"),
  }, calc.display);

  // Long press on the display (touch, mouse, or holding Enter) returns.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    clearTimeout(timer);
    timer = setTimeout(leave, LONG_PRESS_MS);
  };
  const cancel = () => clearTimeout(timer);
  on(display, "pointerdown", start);
  for (const ev of ["pointerup", "pointerleave", "pointercancel"]) on(display, ev, cancel);
  on(display, "contextmenu", (e) => e.preventDefault());
  on(display, "keydown", (e) => {
    const k = (e as KeyboardEvent).key;
    if ((k === "Enter" || k === " ") && !(e as KeyboardEvent).repeat) start();
  });
  on(display, "keyup", cancel);

  // The silent alarm's code: digits typed on their own, then "=". Only a
  // string of 4 to 8 digits is handed to the core (which tries it only if
  // it has the code's length); the calculator shows its result either way.
  // `typed` is null once anything but a digit came first (arithmetic).
  let typed: string | null = "";
  const press = (key: Key) => {
    display.textContent = calc.press(key);
    if (/^[0-9]$/.test(key)) {
      if (typed !== null) typed += key;
      return;
    }
    if (key === "=" && typed !== null && /^[0-9]{4,8}$/.test(typed)) {
      void api.alarmCalculator(typed).catch(() => undefined);
    }
    typed = key === "=" || key === "C" ? "" : null;
  };
  const pad = h("div", { class: "calc-keys" },
    KEYS.flat().map(([key, label, name]) =>
      on(h("button", {
        type: "button",
        class: key === "=" ? "calc-key calc-equals" : "calc-key",
        "data-key": key,
        "aria-label": name ? t(name, label) : null,
      }, label), "click", () => press(key)),
    ),
  );
  // Typing on a keyboard works too, as on any calculator.
  const root = h("section", { id: "neutral-screen", class: "calc", "aria-label": t("ui-calc-title", "Calculator") }, display, pad);
  on(root, "keydown", (e) => {
    const k = (e as KeyboardEvent).key;
    const map: Record<string, Key> = { Enter: "=", Escape: "C", Backspace: "C", ",": "." };
    const key = map[k] ?? k;
    if (e.target === display && (k === "Enter" || k === " ")) return;
    if (/^[0-9.+\-*/=C]$/.test(key)) {
      e.preventDefault();
      press(key);
    }
  });
  return root;
}
