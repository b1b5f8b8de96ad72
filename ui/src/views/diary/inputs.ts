// The diary's form inputs: secrets that no browser keeps or corrects, dates
// in the form the core reads, choices the core offers.
import { h } from "../../dom";
import type { Choice } from "../../types";

export function secretInput(id: string, autocomplete = "off"): HTMLInputElement {
  return h("input", {
    id,
    type: "password",
    autocomplete,
    autocapitalize: "off",
    spellcheck: "false",
    inputmode: "text",
    required: true,
  });
}

/** "2026-11-23T21:00" for datetime-local inputs, in local time. */
export function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function dateInput(id: string, value: string | null, required: boolean): HTMLInputElement {
  const el = h("input", { id, type: "datetime-local", required });
  el.value = value ? value.slice(0, 16) : "";
  return el;
}

/** The core wants seconds; datetime-local gives minutes. */
export function when(input: HTMLInputElement): string | null {
  const v = input.value.trim();
  if (!v) return null;
  return v.length === 16 ? `${v}:00` : v;
}

export function select(id: string, choices: Choice[], value: number | null, none?: string): HTMLSelectElement {
  const el = h("select", { id },
    none !== undefined ? h("option", { value: "" }, none) : null,
    choices.map((c) => h("option", { value: String(c.value) }, c.label)),
  );
  el.value = value === null ? "" : String(value);
  return el;
}

export function heading(text: string): HTMLElement {
  return h("h1", { tabindex: -1 }, text);
}
