// End to end: sync and contact in the real release app (under Xvfb, over
// WebDriver), with the real partner server binary on loopback and its
// dashboard in real Chromium. An appointment written while the server is
// down reaches it once it runs; a message written in the app reaches the
// support worker, whose answer comes back to the app with a notification
// in a reminder's neutral words.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { app, launchApp, message, out, PartnerServer, repo, startBus } from "./common.mjs";
import { freePort, startChromedriver, Session } from "./webdriver.mjs";

const server = path.join(repo, "target/debug/huiskamer-server");
const home = fs.mkdtempSync(path.join(os.tmpdir(), "huiskamer-sync-e2e-"));
const serverDir = path.join(home, "server");
const env = { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "", HUISKAMER_LOG: "info" };
for (const k of ["XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"]) {
  env[k] = path.join(home, k.toLowerCase());
  fs.mkdirSync(env[k]);
}
const PIN = "482916";
const PASSWORD = "a-long-test-password";
const APPOINTMENT = "Afspraak-SYNC-5521";
const QUESTION = "Can I come by on Thursday? SYNC-Q-8812";
const ANSWER = "Yes, from 17:00. SYNC-A-3307";

let port;
let partner;
let driver, s, chrome, web;
let bus;

function serverRecords() {
  const db = path.join(serverDir, "huiskamer-server.db");
  return Number(execFileSync("sqlite3", [db, "SELECT count(*) FROM records WHERE tombstone = 0"], { encoding: "utf8" }).trim());
}

async function shot(name) {
  fs.writeFileSync(path.join(out, `${name}.png`), await s.screenshot());
}

async function go(hash) {
  await s.exec(`location.hash = arguments[0]`, hash);
}

const syncState = () => s.exec(`return document.querySelector("#sync-status")?.dataset.state ?? null`);
const syncText = () => s.exec(`return document.querySelector("#sync-status")?.textContent ?? ""`);

before(async () => {
  assert.ok(fs.existsSync(app), `release app not built at ${app} (run: make deb)`);
  assert.ok(fs.existsSync(server), `server not built at ${server} (run: cargo build -p huiskamer-server)`);
  port = await freePort();
  partner = new PartnerServer(["--listen", `127.0.0.1:${port}`, "--data-dir", serverDir, "--organisation", "Huiskamer Groningen"]);
  // The app knows its partner server from the start; the server is not running yet.
  env.HUISKAMER_SERVER = `http://127.0.0.1:${port}`;
  bus = await startBus();
  env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  partner.addWorker(serverDir, "sam", "Sam", "worker", PASSWORD);
  ({ driver, s } = await launchApp(env, path.join(home, "app.log")));
});

after(async () => {
  await s?.close();
  driver?.stop();
  await web?.close();
  chrome?.stop();
  partner?.kill();
  bus?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test("an appointment written offline reaches the server once it runs", async () => {
  await go("#/diary");
  await s.fill("#diary-pin", PIN);
  await s.fill("#diary-pin-again", PIN);
  await s.press("#diary-setup");
  await s.press("#recovery-done");
  await s.press("#new-appointment");
  await s.exec(
    `const el = document.querySelector("#entry-starts"); el.value = "2026-11-24T21:00"; el.dispatchEvent(new Event("input", { bubbles: true }))`,
  );
  await s.fill("#entry-place", APPOINTMENT);
  await s.press("#entry-save");
  await s.waitFor("#week-label");

  // Offline: said calmly, with what waits; no error pop-up.
  await go("#/contact");
  await s.waitFor("#sync-status");
  await s.waitUntil(async () => (await syncState()) === "offline", "the status says offline", 20000);
  assert.match(await syncText(), new RegExp(message("en", "sync-offline").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await s.waitUntil(async () => /1 diary change waits to be backed up/.test(await syncText()), "the status says what waits", 10000);
  assert.equal(await s.exec(`return document.querySelector("#alert").hidden`), true, "no error shown for being offline");
  await shot("sync-offline");

  await partner.start();
  await s.press("#sync-now");
  await s.waitUntil(async () => (await syncState()) === "synced", "the status says synced", 30000);
  assert.doesNotMatch(await syncText(), /waits to be backed up/);
  assert.equal(serverRecords(), 1, "the server holds the appointment, sealed");
  const db = fs.readFileSync(path.join(serverDir, "huiskamer-server.db"));
  assert.ok(!db.includes(Buffer.from(APPOINTMENT)), "the server cannot read it");
  await shot("sync-synced");
});

test("a message goes to the support worker and the answer comes back", async () => {
  // The organisation on the server is listed once the app has been online.
  await go("#/diary");
  await go("#/contact");
  const org = await s.waitFor(".org[data-org='main'] a", { timeout: 20000 });
  assert.match(await s.text(await s.find(".org[data-org='main'] h3")), /Huiskamer Groningen/);
  await s.exec(`arguments[0].scrollIntoView({ block: "center" })`, { "element-6066-11e4-a52e-4f735466cecf": org });
  await s.click(org);
  await s.fill("#contact-text", QUESTION);
  await s.press("#contact-send");
  await s.waitFor("#conversation");
  // Sent in the background; the screen follows.
  await s.waitUntil(
    async () => (await s.exec(`return document.querySelectorAll("#messages .message-state").length`)) === 0,
    "the message is sent",
    30000,
  );
  await shot("contact-sent");

  // The worker answers in the dashboard, in Chromium.
  chrome = await startChromedriver();
  web = await Session.chromium(chrome.base);
  const base = `http://127.0.0.1:${port}`;
  await web.cmd("POST", "/url", { url: `${base}/dashboard/login` });
  await web.type(await web.waitFor("#username"), "sam");
  await web.type(await web.find("#password"), PASSWORD + "\uE007");
  await web.waitFor("#queue-count");
  await web.click(await web.find("li.conversation.waiting a"));
  await web.waitFor("ol.messages li.from-person");
  assert.equal(await web.text(await web.find("li.from-person .body")), QUESTION);
  await web.type(await web.find("#body"), ANSWER);
  await web.click(await web.find("#reply button[type=submit]"));
  await web.waitFor("li.from-worker");

  // The app: sync now from the contact screen, then the answer is there.
  await go("#/contact");
  const notifiesBefore = bus.log().split("member=Notify").length;
  await s.press("#sync-now");
  await s.waitFor(".conversation-item[data-unread='yes'] a", { timeout: 30000 });
  await s.press(".conversation-item a");
  await s.waitFor("#messages li.from-worker");
  assert.equal(await s.text(await s.find("#messages li.from-worker .message-body")), ANSWER);
  await shot("contact-answer");

  // One new notification, in a reminder's neutral words: never who wrote or what.
  await s.waitUntil(async () => bus.log().split("member=Notify").length > notifiesBefore, "a notification was shown", 10000);
  const call = bus.log().split("member=Notify").at(-1);
  assert.match(call, new RegExp(`string "${message("en", "notify-reminder")}"`), call);
  assert.ok(!bus.log().includes("SYNC-A-3307") && !bus.log().includes("Groningen"), bus.log());
  // Nothing of the conversation in the server's log either.
  assert.ok(!partner.log.includes("SYNC-Q-8812") && !partner.log.includes("SYNC-A-3307"));
});

test("nothing typed is in any file or log, the app's or the server's", async () => {
  await s.close();
  s = null;
  await partner.stop();
  const files = (function walk(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
    });
  })(home);
  assert.ok(files.some((f) => f.endsWith("vault.sqlite")) && files.some((f) => f.endsWith("huiskamer-server.db")), files.join("\n"));
  assert.ok(files.some((f) => f.endsWith("app.log")));
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    for (const secret of [APPOINTMENT, QUESTION, ANSWER, "SYNC-Q-8812", "SYNC-A-3307", PIN]) {
      assert.ok(!bytes.includes(Buffer.from(secret)), `${secret} found in ${path.relative(home, f)}`);
    }
  }
  assert.ok(!partner.log.includes(PIN));
});
