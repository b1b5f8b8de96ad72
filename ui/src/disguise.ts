// The disguise: a disguised app shows a neutral title in its window and task
// switcher. The shell reads it when it builds the page, the diary's settings
// change it; it lives here so neither imports the other.
import { t } from "./strings";

let disguised = false;

export function isDisguised(): boolean {
  return disguised;
}

export function setDisguised(on: boolean): void {
  disguised = on;
  document.title = windowTitle();
}

/** The window's title as the disguise has it. */
export function windowTitle(): string {
  return disguised ? t("ui-calc-title") : t("ui-app-name");
}
