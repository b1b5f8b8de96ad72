// A small W3C WebDriver client over fetch: enough to drive the real app
// window through tauri-driver, with no package to download.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import net from "node:net";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {}

/** A free TCP port on loopback. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Starts tauri-driver (with Debian's WebKitWebDriver) and waits for it.
 *  With `logFile`, everything the driver and the app print goes there. */
export async function startDriver(env, { logFile } = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const out = logFile ? fs.openSync(logFile, "a") : "inherit";
  const proc = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort), "--native-driver", "/usr/bin/WebKitWebDriver"],
    { env: { ...process.env, ...env }, stdio: ["ignore", out, out] },
  );
  return waitForDriver(proc, port, "tauri-driver");
}

/** Waits until a driver process answers on its port. */
async function waitForDriver(proc, port, name) {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return { base, stop: () => proc.kill("SIGTERM") };
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  proc.kill("SIGKILL");
  throw new WebDriverError(`${name} did not start`);
}

/**
 * Starts Debian's chromedriver (for the dashboard tests in real Chromium)
 * and waits for it.
 */
export async function startChromedriver() {
  const port = await freePort();
  const proc = spawn("chromedriver", [`--port=${port}`], { stdio: ["ignore", "ignore", "inherit"] });
  return waitForDriver(proc, port, "chromedriver");
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(base, application) {
    const body = { capabilities: { alwaysMatch: { "tauri:options": { application } } } };
    const value = await call(base, "POST", "/session", body);
    return new Session(base, value.sessionId);
  }

  /** A headless Chromium session: no GPU, no sandbox, no background requests. */
  static async chromium(base, { lang = "en-GB", width = 1024, height = 900 } = {}) {
    const args = [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-dev-shm-usage",
      `--lang=${lang}`,
      `--window-size=${width},${height}`,
    ];
    const prefs = { "intl.accept_languages": lang };
    const body = {
      capabilities: { alwaysMatch: { browserName: "chrome", "goog:chromeOptions": { binary: "/usr/bin/chromium", args, prefs } } },
    };
    const value = await call(base, "POST", "/session", body);
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return v[ELEMENT];
  }

  async findAll(css) {
    const v = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return v.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches an element (and `pred` holds for it). */
  async waitFor(css, { timeout = 10000, pred } = {}) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      try {
        const el = await this.find(css);
        if (!pred || (await pred(el))) return el;
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting for ${css}${last ? `: ${last.message}` : ""}`);
  }

  async waitUntil(fn, what, timeout = 10000) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await fn()) return;
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting until ${what}`);
  }

  click(el) {
    return this.cmd("POST", `/element/${el}/click`, {});
  }

  type(el, text) {
    return this.cmd("POST", `/element/${el}/value`, { text });
  }

  text(el) {
    return this.cmd("GET", `/element/${el}/text`);
  }

  attr(el, name) {
    return this.cmd("GET", `/element/${el}/attribute/${name}`);
  }

  exec(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  execAsync(script, ...args) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /** Empties a field, then types into it as a person would. */
  async fill(css, value) {
    const el = await this.waitFor(css);
    await this.exec(`document.querySelector(arguments[0]).value = ""`, css);
    await this.type(el, value);
  }

  /** Scrolls a control to the middle of the screen, as a person would, and
   *  presses it (WebKit's own scroll leaves it under the sticky bottom menu). */
  async press(css) {
    const el = await this.waitFor(css);
    await this.exec(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" })`, css);
    await this.click(el);
  }

  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  async close() {
    try {
      await call(this.base, "DELETE", `/session/${this.id}`);
    } catch {
      /* the app may already be gone */
    }
  }
}

async function call(base, method, path, body) {
  const r = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json().catch(() => ({}));
  if (!r.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    throw new WebDriverError(`${method} ${path}: ${v.error || r.status} ${v.message || ""}`);
  }
  return json.value;
}
