// Each test file replaces only the boundary to the Rust core, `invoke`:
//   vi.mock("@tauri-apps/api/core", () => import("./test/core-mock"));
import { afterEach, beforeEach, vi } from "vitest";
import { reset } from "./harness";

let stop: (() => void) | undefined;

/** A fresh copy of the UI modules, started in a fresh page, for each test. */
export async function boot(hash = "#/"): Promise<void> {
  stop?.();
  vi.resetModules();
  history.replaceState(null, "", hash);
  document.title = "";
  document.body.innerHTML = '<div id="app"></div>';
  const { start } = await import("../app");
  stop = await start(document.getElementById("app")!);
}

beforeEach(() => reset());
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});
