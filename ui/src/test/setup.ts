import { afterEach, beforeEach, vi } from "vitest";
import { reset } from "./harness";

// Only the boundary to the Rust core is replaced: `invoke`.
vi.mock("@tauri-apps/api/core", async () => {
  const { fakeInvoke } = await import("./harness");
  return { invoke: fakeInvoke };
});

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
