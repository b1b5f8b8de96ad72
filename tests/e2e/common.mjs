// What the end-to-end tests share: where the app and the repository are,
// and the texts a person sees, read from the repository's own files.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startDriver, Session } from "./webdriver.mjs";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const app = process.env.HUISKAMER_APP || path.join(repo, "target/release/huiskamer");
export const out = path.join(repo, "tests/e2e/out");
fs.mkdirSync(out, { recursive: true });

/** A Fluent message of a locale (simple single-line messages only). */
export function message(locale, id) {
  for (const f of fs.readdirSync(path.join(repo, "i18n", locale))) {
    const text = fs.readFileSync(path.join(repo, "i18n", locale, f), "utf8");
    const m = text.match(new RegExp(`^${id} = (.*)$`, "m"));
    if (m) return m[1].trim();
  }
  throw new Error(`no message ${id} in ${locale}`);
}

/** A private D-Bus session: the app sends its notifications there, and
 *  dbus-monitor records every call, so a test sees exactly what a
 *  notification would show. `log()` is everything recorded so far. */
export async function startBus() {
  const bus = spawn("dbus-daemon", ["--session", "--nofork", "--print-address=1"], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await new Promise((resolve, reject) => {
    let text = "";
    bus.stdout.on("data", (d) => {
      text += d;
      if (text.includes("\n")) resolve(text.trim());
    });
    bus.on("exit", () => reject(new Error("dbus-daemon exited")));
  });
  const monitor = spawn("dbus-monitor", ["--address", address, "interface='org.freedesktop.Notifications'"], { stdio: ["ignore", "pipe", "inherit"] });
  let log = "";
  monitor.stdout.on("data", (d) => (log += d));
  return {
    address,
    log: () => log,
    stop: () => {
      monitor.kill();
      bus.kill();
    },
  };
}

/** The real partner server binary (target/debug/huiskamer-server), run
 *  with `args` after `serve`; everything it prints is kept in `log`, so a
 *  test can check that nothing personal was logged. Started again after
 *  `stop()`, it keeps its data folder. */
export class PartnerServer {
  constructor(args, env = {}) {
    this.binary = path.join(repo, "target/debug/huiskamer-server");
    this.args = args;
    this.env = env;
    this.log = "";
    this.proc = null;
  }

  async start() {
    const proc = spawn(this.binary, ["serve", ...this.args], {
      env: { ...process.env, NO_COLOR: "1", ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.proc = proc;
    proc.stderr.on("data", (d) => (this.log += d));
    let printed = "";
    await new Promise((resolve, reject) => {
      proc.stdout.on("data", (d) => {
        this.log += d;
        printed += d;
        if (/listening on/.test(printed)) resolve();
      });
      proc.on("exit", (code) => reject(new Error(`the server exited with ${code}: ${this.log}`)));
    });
  }

  /** Stops it with SIGTERM; fails if it had already died. */
  async stop() {
    const proc = this.proc;
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`the server died before it was stopped: ${this.log}`);
    const gone = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    await gone;
  }

  kill() {
    this.proc?.kill("SIGTERM");
  }

  /** A dashboard account in `dataDir`, made with the server's own command. */
  addWorker(dataDir, username, name, role, password) {
    const add = spawnSync(
      this.binary,
      ["add-worker", "--username", username, "--name", name, "--role", role, "--password-stdin", "--data-dir", dataDir],
      { input: password + "\n", encoding: "utf8" },
    );
    if (add.status !== 0) throw new Error(`add-worker ${username} failed: ${add.stderr}`);
  }
}

/** The app under tauri-driver with `env`, its output in `logFile`, once
 *  its first screen (the topics) is up: `{ driver, s }`. */
export async function launchApp(env, logFile) {
  const driver = await startDriver(env, { logFile });
  const s = await Session.create(driver.base, app);
  await s.waitFor("a.topic-card", { timeout: 20000 });
  return { driver, s };
}
