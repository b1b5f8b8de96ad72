// The alert region of the shell: where a command's error is told. Screens
// import it from here rather than from app.ts, which imports the screens.
import { t } from "./strings";
import type { ErrorView } from "./types";

/** Shows a command's error in the alert region, in the reader's language. */
export function showError(err: unknown): void {
  const alert = document.getElementById("alert");
  if (!alert) return;
  const message =
    typeof err === "object" && err !== null && typeof (err as ErrorView).message === "string"
      ? (err as ErrorView).message
      : t("ui-error-generic");
  alert.textContent = message;
  alert.hidden = false;
}

export function clearError(): void {
  const alert = document.getElementById("alert");
  if (alert) {
    alert.textContent = "";
    alert.hidden = true;
  }
}
