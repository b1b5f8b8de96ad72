// End to end: the diary in the real release app (under Xvfb, over
// WebDriver). Set a PIN, write an appointment, lock, a wrong then the right
// PIN, and the emergency (duress) PIN. After writing, the app is closed and
// every file it wrote (data, cache, config) is searched for what was typed:
// none of it may be there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { app, message, out, repo, startBus } from "./common.mjs";
import { startDriver, Session } from "./webdriver.mjs";


const home = fs.mkdtempSync(path.join(os.tmpdir(), "huiskamer-diary-e2e-"));
const dirs = { XDG_DATA_HOME: "data", XDG_CACHE_HOME: "cache", XDG_CONFIG_HOME: "config" };
// Logging at its most verbose: the log must still hold nothing typed.
const env = { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "", HUISKAMER_LOG: "trace" };
const logFile = path.join(home, "app.log");
for (const [k, v] of Object.entries(dirs)) {
  env[k] = path.join(home, v);
  fs.mkdirSync(env[k]);
}
const PIN = "482916";
const DURESS = "731904";
const MARKERS = ["Zandvoort-MARKER-7731", "Klant-MARKER-4410", "Notitie-MARKER-9902"];
/** The `[0]` variant of a Fluent message with a number selector. */
function zeroVariant(locale, id) {
  const text = fs.readFileSync(path.join(repo, "i18n", locale, "core.ftl"), "utf8");
  const m = text.match(new RegExp(`^${id} = \\{[^\\n]*\\n\\s*\\[0\\] (.*)$`, "m"));
  if (!m) throw new Error(`no [0] variant of ${id}`);
  return m[1].trim();
}

let driver;
let s;
// A private D-Bus session: the app sends its notifications there, and
// dbus-monitor records every call, so the test sees exactly what a
// notification would show.
let bus;


async function openApp() {
  s = await Session.create(driver.base, app);
  await s.waitFor("a.topic-card", { timeout: 20000 });
}

async function shot(name) {
  fs.writeFileSync(path.join(out, `${name}.png`), await s.screenshot());
}

/** datetime-local inputs take their value as the page sets it. */
async function setWhen(css, value) {
  await s.waitFor(css);
  await s.exec(
    `const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event("input", { bubbles: true }))`,
    css,
    value,
  );
}

async function unlock(pin) {
  await s.fill("#diary-pin", pin);
  await s.press("#diary-unlock");
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

before(async () => {
  assert.ok(fs.existsSync(app), `release app not built at ${app} (run: make deb)`);
  bus = await startBus();
  env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  driver = await startDriver(env, { logFile });
  await openApp();
});

after(async () => {
  await s?.close();
  driver?.stop();
  bus?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test("set a PIN and see the recovery key once", async () => {
  await s.press("a#nav-diary");
  await s.fill("#diary-pin", PIN);
  await s.fill("#diary-pin-again", PIN);
  await s.press("#diary-setup");
  const key = await s.text(await s.waitFor("#recovery-key"));
  assert.match(key, /^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/, `recovery key: ${key}`);
  await shot("diary-recovery-key");
  await s.press("#recovery-done");
  await s.waitFor("#week-label");
});

test("write an appointment and a note; they show in the week", async () => {
  await s.press("#new-appointment");
  await setWhen("#entry-starts", "2026-11-24T21:00");
  await s.fill("#entry-place", MARKERS[0]);
  await s.fill("#entry-with-whom", MARKERS[1]);
  await s.press("#entry-save");
  const entry = await s.waitFor('a[data-kind="appointment"]');
  assert.match(await s.text(entry), new RegExp(MARKERS[1]));
  assert.match(await s.text(entry), /21:00/);
  await shot("diary-week");

  await s.press("#new-note");
  await setWhen("#entry-at", "2026-11-25T10:00");
  await s.fill("#entry-title", MARKERS[2]);
  await s.press("#entry-save");
  await s.waitFor('a[data-kind="note"]');
});

test("lock, then a wrong PIN is refused and the right one opens", async () => {
  await s.press("#diary-lock");
  await s.waitFor("#diary-unlock");
  const page = await s.exec(`return document.body.innerText`);
  assert.ok(!page.includes(MARKERS[1]), "nothing of the diary stays on the page when locked");
  await unlock("000123");
  const error = await s.waitFor("#diary-error", { pred: async (e) => (await s.text(e)).trim() !== "" });
  assert.equal((await s.text(error)).trim(), zeroVariant("en", "error-vault-wrong-pin"));
  assert.equal(await s.exec(`return document.querySelector("#diary-pin").value`), "");
  await shot("diary-wrong-pin");
  await unlock(PIN);
  await s.waitFor("#week-label");
  await s.exec(`location.hash = "#/diary/week/2026-11-24"`);
  await s.waitFor('a[data-kind="appointment"]');
});

test("a reminder arrives as a notification that says only \"Reminder\"", async () => {
  // An appointment 15 minutes and a few seconds from now, reminder 15 minutes before.
  const at = new Date(Date.now() + 15 * 60_000 + 8_000);
  const p = (n) => String(n).padStart(2, "0");
  const local = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}T${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}`;
  await s.press("#new-appointment");
  await setWhen("#entry-starts", local);
  await s.fill("#entry-with-whom", MARKERS[1]);
  await s.exec(`document.querySelector("#entry-reminder").value = "15"`);
  await s.press("#entry-save");
  await s.waitFor('a[data-kind="appointment"]');
  await s.waitUntil(async () => /member=Notify/.test(bus.log()), "a Notify call on the bus", 30000);
  const call = bus.log().slice(bus.log().indexOf("member=Notify"));
  fs.writeFileSync(path.join(out, "notification.txt"), call);
  assert.match(call, new RegExp(`string "${message("en", "notify-reminder")}"`), call);
  for (const m of MARKERS) assert.ok(!call.includes(m), `the notification shows ${m}`);
  assert.ok(!call.includes("21:00") && !call.includes(local.slice(11, 16)), "no time of the appointment in it");
});

test("nothing typed into the diary is in any file the app wrote", async () => {
  await s.close();
  // The app is gone: everything it wrote is on disk now.
  await new Promise((r) => setTimeout(r, 1000));
  const files = filesUnder(home);
  assert.ok(files.some((f) => f.endsWith("vault.sqlite")), `the vault file exists: ${files.join(", ")}`);
  // The log was written (at trace level) and is among the files searched:
  // it holds the refused PIN's error code, never the PIN.
  assert.ok(files.includes(logFile), "the app's log is searched too");
  assert.match(fs.readFileSync(logFile, "utf8"), /vault-wrong-pin/);
  for (const f of files) {
    let bytes;
    try {
      bytes = fs.readFileSync(f);
    } catch (e) {
      // WebKit removes some of its files as it shuts down: gone is safe.
      if (e.code === "ENOENT") continue;
      throw e;
    }
    for (const needle of [...MARKERS, PIN]) {
      for (const enc of ["utf8", "utf16le"]) {
        assert.equal(bytes.indexOf(Buffer.from(needle, enc)), -1, `${needle} (${enc}) found in ${path.relative(home, f)}`);
      }
    }
  }
  await openApp();
});

test("the emergency PIN wipes the diary and opens an empty one", async () => {
  await s.exec(`location.hash = "#/diary"`);
  await unlock(PIN);
  await s.waitFor("#week-label");
  await s.press("#diary-settings-link");
  await s.fill("#duress-current", PIN);
  await s.fill("#duress-new", DURESS);
  await s.fill("#duress-again", DURESS);
  await s.press("#duress-save");
  await s.waitFor("#duress-status", { pred: async (e) => (await s.text(e)).trim() !== "", timeout: 20000 });

  await s.exec(`location.hash = "#/diary"`);
  await s.press("#diary-lock");
  await unlock(DURESS);
  await s.waitFor("#week-label");
  await s.exec(`location.hash = "#/diary/week/2026-11-24"`);
  const count = await s.waitFor("#week-count");
  assert.equal((await s.text(count)).trim(), zeroVariant("en", "diary-count"));
  await s.waitUntil(async () => (await s.findAll("a[data-entry]")).length === 0, "the week is empty");
  const page = await s.exec(`return document.body.innerText`);
  assert.ok(!MARKERS.some((m) => page.includes(m)), "no old entry is shown");
  await shot("diary-after-duress");

  // The real PIN opens nothing any more.
  await s.press("#diary-lock");
  await unlock(PIN);
  await s.waitFor("#diary-error", { pred: async (e) => (await s.text(e)).trim() !== "" });
});

/** Names of the X windows on the test display (xwininfo, from x11-utils). */
function windowNames() {
  const tree = execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8", env: process.env });
  return [...tree.matchAll(/^\s*0x[0-9a-f]+ "([^"]*)"/gm)].map((m) => m[1]);
}

test("disguise gives the window a neutral name, and it stays after a restart", async () => {
  assert.ok(windowNames().includes("Huiskamer"), `window names: ${windowNames().join(", ")}`);
  await s.exec(`location.hash = "#/diary"`);
  await unlock(DURESS);
  await s.press("#diary-settings-link");
  await s.press("#settings-disguise");
  await s.waitUntil(async () => windowNames().includes(message("en", "ui-calc-title")), "the window is called Calculator");
  // The title is gone. (GTK's hidden leader window carries the program's
  // file name, "huiskamer"; renaming the binary is a packaging question.)
  assert.ok(!windowNames().includes("Huiskamer"), `no window titled Huiskamer: ${windowNames().join(", ")}`);
  assert.equal(await s.exec(`return document.title`), message("en", "ui-calc-title"));
  await s.close();
  await openApp();
  await s.waitUntil(async () => windowNames().includes(message("en", "ui-calc-title")), "still Calculator after a restart");
  assert.equal(await s.exec(`return document.title`), message("en", "ui-calc-title"));
});

test("wipe everything asks twice, then the app is as on its first start", async () => {
  await s.exec(`location.hash = "#/diary"`);
  await unlock(DURESS);
  await s.press("#diary-settings-link");
  await s.press("#wipe");
  assert.equal(await s.exec(`return document.querySelector("#wipe-confirm").hidden`), false, "a second, explicit button");
  await s.press("#wipe-confirm");
  await s.waitFor("a.topic-card", { timeout: 20000 });
  await s.waitUntil(async () => windowNames().includes("Huiskamer"), "the disguise is gone with the settings");
  await s.exec(`location.hash = "#/diary"`);
  await s.waitFor("#diary-setup");
  await shot("diary-after-wipe");
});
