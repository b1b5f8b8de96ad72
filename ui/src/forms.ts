// Small form helpers shared by the screens: labelled fields, errors shown
// next to what the person typed, and navigation that re-renders.
import { h, on } from "./dom";
import { t } from "./strings";

export function go(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = hash;
}

/** An error shown inside a form, next to what the person typed. */
export function formError(id: string): HTMLElement {
  return h("p", { id, class: "form-error", role: "alert", hidden: true });
}

export function say(el: HTMLElement, err: unknown): void {
  const message =
    typeof err === "string"
      ? err
      : typeof err === "object" && err !== null && typeof (err as { message?: unknown }).message === "string"
        ? (err as { message: string }).message
        : t("ui-error-generic");
  el.textContent = message;
  el.hidden = false;
}

let fieldCount = 0;

export function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  const id = input.id || `f${++fieldCount}`;
  input.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) input.setAttribute("aria-describedby", hintId);
  return h("div", { class: "field" },
    h("label", { for: id }, label),
    input,
    hint ? h("p", { id: hintId, class: "hint" }, hint) : null,
  );
}


/** A one-line text field; `mode` picks the phone keyboard for numbers or addresses. */
export function textInput(id: string, value = "", max = 200, mode: "text" | "tel" | "url" = "text"): HTMLInputElement {
  const el = h("input", {
    id,
    type: mode === "tel" ? "tel" : "text",
    inputmode: mode === "text" ? null : mode,
    autocomplete: "off",
    maxlength: max,
  });
  el.value = value;
  return el;
}

export function textArea(id: string, value = "", max = 10000, required = false): HTMLTextAreaElement {
  const el = h("textarea", { id, rows: 4, maxlength: max, autocomplete: "off", required });
  el.value = value;
  return el;
}

/** Submits `form` by running `action`; its error shows in `error`. */
export function onSubmit(form: HTMLFormElement, error: HTMLElement, action: () => Promise<void>): void {
  on(form, "submit", async (e) => {
    e.preventDefault();
    error.hidden = true;
    try {
      await action();
    } catch (err) {
      say(error, err);
    }
  });
}

/** Runs `tick` every `ms` while `screen` is on the page; stops at the first
 *  failure (a locked diary, a quick exit). */
export function whileShown(screen: HTMLElement, ms: number, tick: () => Promise<void>): void {
  const timer = setInterval(() => {
    if (!screen.isConnected) {
      clearInterval(timer);
      return;
    }
    tick().catch(() => clearInterval(timer));
  }, ms);
}
