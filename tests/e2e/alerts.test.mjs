// End to end: check-in alerts and the silent alarm as they are used (issue
// 18). The real release app (under Xvfb, over WebDriver), the real partner
// server binary on loopback with its test clock, its dashboard in real
// Chromium, and a real SMTP server (aiosmtpd) on loopback for the on-call
// mail. An admin turns alerts on; a person asks for an alert on two
// appointments; she checks in on time for one, and for the other the app
// is killed and the server's clock passes the check-in time: the alert
// shows on the dashboard with the details she chose and the on-call mail
// arrives with none of them. Her late check-in, written while the server
// is down, reaches it as "checked in late". A third she checks in from the
// reminder notification (its "Done" button, on a notification server on a
// private D-Bus), which works only after her PIN. Last, the emergency PIN
// opens an empty diary and its silent alarm reaches the dashboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { app, launchApp, message, out, PartnerServer, repo, startBus } from "./common.mjs";
import { freePort, startChromedriver, Session } from "./webdriver.mjs";

const server = path.join(repo, "target/debug/huiskamer-server");
const home = fs.mkdtempSync(path.join(os.tmpdir(), "huiskamer-alerts-e2e-"));
const serverDir = path.join(home, "server");
const mailDir = path.join(home, "mail");
const clockFile = path.join(home, "clock");
const env = { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "", HUISKAMER_LOG: process.env.HUISKAMER_LOG ?? "info" };
for (const k of ["XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"]) {
  env[k] = path.join(home, k.toLowerCase());
  fs.mkdirSync(env[k]);
}
const PIN = "482916";
const DURESS = "135790";
const PASSWORD = "a-long-test-password";
const ORG = "Huiskamer Groningen";
const ON_CALL = "on-call@example.org";
// What she chose to share; none of it may be in the mail or a log.
const PLACE = "Hotel ALERT-7731 room 12";
const WHO = "Tall man, grey car ALERT-4410";
const ON_TIME = "Afspraak-ONTIME-2209";
const MISSED = "Afspraak-MISSED-6618";
const FROM_REMINDER = "Afspraak-REMINDER-5127";

let port, partner, smtp, smtpPort;
let driver, s, chrome, web;
let bus, notifier;
const shownFile = path.join(home, "notifications.jsonl");
/** The notifications shown so far, as the notification server got them. */
const shown = () => (fs.existsSync(shownFile) ? fs.readFileSync(shownFile, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l)) : []);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function sql(query) {
  return execFileSync("sqlite3", [path.join(serverDir, "huiskamer-server.db"), query], { encoding: "utf8" }).trim();
}

/** "2026-12-03T10:15:42" in local time, `ms` milliseconds from now. */
function localAt(ms) {
  const d = new Date(Date.now() + ms);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** "2026-12-03T10:15" in local time, `minutes` from now. */
function localIn(minutes) {
  const d = new Date(Date.now() + minutes * 60000);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

async function shot(session, name) {
  fs.writeFileSync(path.join(out, `${name}.png`), await session.screenshot());
}

async function go(hash) {
  await s.exec(`location.hash = arguments[0]`, hash);
}

async function setDate(css, value) {
  await s.exec(
    `const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event("input", { bubbles: true })); el.dispatchEvent(new Event("change", { bubbles: true }))`,
    css,
    value,
  );
}

/** One whole sync round, started now: the status is marked first, so an
 *  earlier round's "synced" does not count. */
async function syncNow() {
  await go("#/contact");
  await s.waitFor("#sync-status");
  await s.exec(`document.querySelector("#sync-status").dataset.state = "asked"`);
  await s.press("#sync-now");
  await s.waitUntil(
    async () => (await s.exec(`return document.querySelector("#sync-status")?.dataset.state ?? null`)) === "synced",
    "the status says synced",
    30000,
  );
}

async function unlock(pin) {
  await s.waitFor("#diary-pin");
  await s.fill("#diary-pin", pin);
  await s.press("#diary-unlock");
}

/** The dashboard, reloaded until `css` is on it. */
async function dashboardShows(css, what, timeout = 30000) {
  const until = Date.now() + timeout;
  for (;;) {
    await web.cmd("POST", "/url", { url: `http://127.0.0.1:${port}/dashboard` });
    await web.waitFor("#queue-count");
    if (await web.exec(`return !!document.querySelector(arguments[0])`, css)) return;
    if (Date.now() > until) throw new Error(`timed out waiting until the dashboard shows ${what}`);
    await sleep(1000);
  }
}

const mails = () => (fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith(".eml")) : []);

before(async () => {
  assert.ok(fs.existsSync(app), `release app not built at ${app} (run: make deb)`);
  assert.ok(fs.existsSync(server), `server not built at ${server} (run: cargo build -p huiskamer-server)`);
  port = await freePort();
  fs.writeFileSync(clockFile, "0");
  smtp = spawn("/usr/bin/python3", [path.join(repo, "tests/support/smtp-sink.py"), mailDir], { stdio: ["pipe", "pipe", "inherit"] });
  smtpPort = await new Promise((resolve, reject) => {
    let text = "";
    smtp.stdout.on("data", (d) => {
      text += d;
      const m = text.match(/PORT (\d+)/);
      if (m) resolve(Number(m[1]));
    });
    smtp.on("exit", (code) => reject(new Error(`smtp-sink exited with ${code}`)));
  });
  fs.writeFileSync(
    path.join(home, "server.toml"),
    [
      `listen = "127.0.0.1:${port}"`,
      `organisation = "${ORG}"`,
      `alert_check_seconds = 1`,
      `public_url = "http://127.0.0.1:${port}"`,
      `[smtp]`,
      `host = "127.0.0.1"`,
      `port = ${smtpPort}`,
      `tls = "none"`,
      `from = "huiskamer@example.org"`,
      "",
    ].join("\n"),
  );
  partner = new PartnerServer(["--config", path.join(home, "server.toml"), "--data-dir", serverDir], { HUISKAMER_TEST_CLOCK_FILE: clockFile });
  partner.addWorker(serverDir, "ada", "Ada", "admin", PASSWORD);
  partner.addWorker(serverDir, "sam", "Sam", "worker", PASSWORD);
  await partner.start();
  env.HUISKAMER_SERVER = `http://127.0.0.1:${port}`;
  // A private session bus with a notification server that offers buttons,
  // as a desktop's does.
  bus = await startBus();
  env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  notifier = spawn("/usr/bin/python3", [path.join(repo, "tests/support/notification-server.py"), shownFile], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address },
    stdio: ["pipe", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    notifier.stdout.on("data", (d) => /READY/.test(String(d)) && resolve());
    notifier.on("exit", (code) => reject(new Error(`notification-server exited with ${code}`)));
  });
  chrome = await startChromedriver();
  web = await Session.chromium(chrome.base);
  ({ driver, s } = await launchApp(env, path.join(home, "app.log")));
});

after(async () => {
  await s?.close();
  driver?.stop();
  await web?.close();
  chrome?.stop();
  partner?.kill();
  smtp?.stdin.end();
  notifier?.stdin.end();
  bus?.stop();
  smtp?.kill("SIGTERM");
  if (!process.env.HUISKAMER_E2E_KEEP) fs.rmSync(home, { recursive: true, force: true });
});

test("before an admin turns alerts on, the form says only the app reminds her", async () => {
  await go("#/diary");
  await s.fill("#diary-pin", PIN);
  await s.fill("#diary-pin-again", PIN);
  await s.press("#diary-setup");
  await s.press("#recovery-done");
  await syncNow();
  await go("#/diary");
  await s.press("#new-appointment");
  await s.waitFor("#watch-only-reminder");
  assert.equal(await s.text(await s.find("#watch-only-reminder")), message("en", "ui-watch-only-reminder"));
  assert.equal(await s.exec(`return document.querySelector("#watch-enable")`), null, "no alert offered");
  await s.press("#entry-cancel");
});

test("an admin turns check-in alerts on, with an on-call address", async () => {
  await web.cmd("POST", "/url", { url: `http://127.0.0.1:${port}/dashboard/login` });
  await web.type(await web.find("#username"), "ada");
  await web.type(await web.find("#password"), PASSWORD + "\uE007");
  await web.waitFor("#queue-count");
  await web.cmd("POST", "/url", { url: `http://127.0.0.1:${port}/dashboard/settings` });
  await web.waitFor("#check_in_alerts");
  await web.click(await web.find("#check_in_alerts"));
  await web.exec(`document.querySelector("#grace_minutes").value = "10"`);
  await web.type(await web.find("#on_call_email"), ON_CALL);
  await web.click(await web.find("#save-settings"));
  await web.waitFor("#settings-saved");
  assert.equal(await web.exec(`return document.querySelector("#check_in_alerts").checked`), true);
  await shot(web, "alerts-settings");
});

test("she checks in on time: the watch is cancelled and nothing fires", async () => {
  await syncNow(); // the app learns that the organisation takes alerts
  await go("#/diary");
  await s.press("#new-appointment");
  await setDate("#entry-starts", localIn(30));
  const checkIn = localIn(90);
  await setDate("#entry-check-in", checkIn);
  await s.fill("#entry-place", ON_TIME);
  await s.press("#watch-enable");
  await s.fill("#watch-place", PLACE);
  // The form says what the organisation will see and when.
  const summary = await s.text(await s.find("#watch-summary"));
  assert.match(summary, new RegExp(ORG), summary);
  const fires = new Date(new Date(checkIn).getTime() + 10 * 60000).toTimeString().slice(0, 5);
  assert.ok(summary.includes(checkIn.slice(11, 16)) && summary.includes(fires), `it fires 10 minutes after the check-in time: ${summary}`);
  await shot(s, "alerts-form");
  await s.press("#entry-save");
  await s.waitFor("#week-label");
  await syncNow();
  assert.equal(sql("SELECT status FROM watches"), "watching", `the server watches the check-in: ${home}`);
  assert.ok(!fs.readFileSync(path.join(serverDir, "huiskamer-server.db")).includes(Buffer.from(PLACE)), "the place is sealed");

  // Back safe: she ticks "I am safe".
  await go("#/diary");
  await s.waitFor("#week-label");
  await s.press("a.entry-link");
  await s.waitFor("#entry-checked-in");
  await s.press("#entry-checked-in");
  await s.press("#entry-save");
  await s.waitFor("#week-label");
  await syncNow();
  assert.equal(sql("SELECT status FROM watches"), "checked-in");
  assert.equal(sql("SELECT count(*) FROM watches WHERE sealed IS NOT NULL"), "0", "her details are deleted");
});

test("she checks in from the reminder: Done does it only after her PIN", async () => {
  await go("#/diary");
  await s.press("#new-appointment");
  await setDate("#entry-starts", localAt(-60000));
  await setDate("#entry-check-in", localAt(25000));
  await s.fill("#entry-place", FROM_REMINDER);
  await s.press("#watch-enable");
  await s.fill("#watch-place", PLACE);
  await s.press("#entry-save");
  await s.waitFor("#week-label");
  await syncNow();
  assert.equal(sql("SELECT count(*) FROM watches WHERE status = 'watching'"), "1", "the server watches it");
  // The phone goes back in her bag, locked.
  await go("#/diary");
  await s.press("#diary-lock");
  await s.waitFor("#diary-unlock");

  // At the check-in time: a reminder in neutral words, with one neutral button.
  await s.waitUntil(async () => shown().some((n) => n.actions.includes("done")), "the check-in reminder", 60000);
  const reminder = shown().find((n) => n.actions.includes("done"));
  fs.writeFileSync(path.join(out, "alerts-reminder-notification.json"), JSON.stringify(reminder, null, 2));
  assert.equal(reminder.summary, "Huiskamer");
  assert.equal(reminder.body, message("en", "notify-reminder"));
  assert.equal(reminder.actions[reminder.actions.indexOf("done") + 1], message("en", "notify-done"));
  for (const secret of [PLACE, FROM_REMINDER, ORG]) assert.ok(!JSON.stringify(reminder).includes(secret), `the notification shows ${secret}`);

  // "Done", pressed on the locked phone: the app asks for the PIN first.
  notifier.stdin.write(`invoke ${reminder.id} done\n`);
  const note = await s.waitFor("#reminder-unlock");
  assert.equal(await s.text(note), message("en", "ui-reminder-unlock"));
  await shot(s, "alerts-reminder-pin");
  await sleep(2000); // a sync round could run meanwhile; it has no check-in to send
  assert.equal(sql("SELECT count(*) FROM watches WHERE status = 'watching'"), "1", "no check-in without the PIN");
  await unlock(PIN);
  const done = await s.waitFor("#reminder-done");
  assert.equal(await s.text(done), message("en", "ui-reminder-checked-in"));
  assert.equal(await s.exec(`return document.querySelector("#entry-checked-in").checked`), true, "the appointment says I am safe");
  assert.equal(await s.exec(`return document.querySelector("#entry-place").value`), FROM_REMINDER, "the appointment the reminder was for");
  await shot(s, "alerts-reminder-done");
  await syncNow();
  assert.equal(sql("SELECT count(*) FROM watches WHERE status = 'watching'"), "0", "the server heard the check-in");
  assert.equal(sql("SELECT count(*) FROM watches WHERE status = 'checked-in'"), "2");
});

test("a missed check-in fires from the server while the app is killed: the dashboard shows it, the mail says nothing", async () => {
  await go("#/diary");
  await s.press("#new-appointment");
  await setDate("#entry-starts", localIn(40));
  await setDate("#entry-check-in", localIn(120));
  await s.fill("#entry-place", MISSED);
  await s.press("#watch-enable");
  await s.fill("#watch-place", PLACE);
  await s.fill("#watch-who", WHO);
  await s.press("#entry-save");
  await s.waitFor("#week-label");
  await syncNow();
  assert.equal(sql("SELECT count(*) FROM watches WHERE status = 'watching'"), "1");

  // The phone is taken: the app is killed, nothing of it runs.
  execSync(`pkill -KILL -f '^${app}( |$)'`); // the app, not huiskamer-server
  await s.close();
  driver.stop();
  // Three hours pass on the server's clock.
  fs.writeFileSync(clockFile, String(3 * 3600));
  await dashboardShows("li.alert.urgent", "an urgent alert");
  assert.equal(await web.exec(`return document.querySelectorAll("li.alert").length`), 1, "one alert: the on-time check-in raised none");
  assert.ok(
    await web.exec(`return !!(document.querySelector("section.alerts").compareDocumentPosition(document.querySelector("#queue-count")) & Node.DOCUMENT_POSITION_FOLLOWING)`),
    "alerts come before the message queue",
  );
  await shot(web, "alerts-queue");
  await web.click(await web.find("li.alert a"));
  await web.waitFor("#alert");
  const page = await web.text(await web.find("#alert"));
  assert.ok(page.includes(PLACE) && page.includes(WHO), page);
  assert.ok(!page.includes(MISSED), "only what she chose to share");
  await shot(web, "alerts-page");
  // A worker takes it on, and writes what she did.
  await web.click(await web.find("#acknowledge"));
  await web.waitFor("#alert-status", { pred: async (e) => /Acknowledged by \W?Ada/.test(await web.text(e)) });
  await web.type(await web.find("#note"), "Called her call-back number, no answer; went to the hotel.");
  await web.click(await web.find("form.stack button[type=submit]"));
  await web.waitFor(".note-body", { pred: async (e) => (await web.text(e)).includes("went to the hotel") });
  await dashboardShows("li.alert:not(.urgent)", "the alert, acknowledged");

  // The on-call mail: that an alert waits, and the link; nothing of her.
  const until = Date.now() + 30000;
  while (mails().length === 0 && Date.now() < until) await sleep(500);
  assert.equal(mails().length, 1, "one on-call mail");
  const mail = fs.readFileSync(path.join(mailDir, mails()[0]), "utf8");
  assert.match(mail, new RegExp(`X-Rcpt: ${ON_CALL}`));
  assert.match(mail, new RegExp(`http://127.0.0.1:${port}/dashboard`));
  for (const secret of [PLACE, WHO, MISSED, "Hotel", "ALERT-"]) assert.ok(!mail.includes(secret), `the mail says ${secret}`);
});

test("a late check-in written while the server is down reaches it as checked in late", async () => {
  await partner.stop();
  ({ driver, s } = await launchApp(env, path.join(home, "app.log")));
  await go("#/diary");
  await unlock(PIN);
  await s.waitFor("#week-label");
  const items = await s.exec(`return [...document.querySelectorAll("a.entry-link")].map((a) => a.textContent)`);
  const i = items.findIndex((t) => t.includes(MISSED));
  assert.ok(i >= 0, items.join(" | "));
  await s.exec(`document.querySelectorAll("a.entry-link")[arguments[0]].click()`, i);
  await s.waitFor("#entry-checked-in");
  await s.press("#entry-checked-in");
  await s.press("#entry-save");
  await s.waitFor("#week-label");

  await partner.start();
  await syncNow();
  assert.equal(sql("SELECT count(*) FROM watches WHERE status = 'checked-in-late'"), "1");
  await dashboardShows("li.alert .late", "checked in late");
  assert.match(await web.text(await web.find("li.alert .late")), /checked in late/i);
  await shot(web, "alerts-checked-in-late");
  // She is safe: the worker resolves it, and it leaves the queue.
  await web.click(await web.find("li.alert a"));
  await web.waitFor("#resolve");
  await web.click(await web.find("#resolve"));
  await web.waitFor("#alert-status", { pred: async (e) => /Resolved by \W?Ada/.test(await web.text(e)) });
  await web.cmd("POST", "/url", { url: `http://127.0.0.1:${port}/dashboard` });
  await web.waitFor("#queue-count");
  assert.equal(await web.exec(`return document.querySelectorAll("li.alert").length`), 0, "a resolved alert leaves the queue");
});

test("the emergency PIN opens an empty diary and its silent alarm reaches the dashboard", async () => {
  await go("#/diary/settings");
  await s.fill("#duress-current", PIN);
  await s.fill("#duress-new", DURESS);
  await s.fill("#duress-again", DURESS);
  await s.press("#duress-save");
  await s.waitFor("#duress-status", { pred: async (e) => (await s.text(e)).trim() !== "", timeout: 20000 });
  await s.waitFor("#alarm-duress");
  await s.press("#alarm-duress");
  await s.fill("#alarm-duress-pin", DURESS);
  await s.press("#alarm-save");
  await s.waitFor("#alarm-off");
  await syncNow(); // the alarm token goes to the server
  assert.equal(sql("SELECT count(*) FROM alarm_tokens"), "1");
  const before = Number(sql("SELECT count(*) FROM alerts WHERE kind = 'alarm'"));
  assert.equal(before, 0);

  await go("#/diary");
  await s.press("#diary-lock");
  await unlock(DURESS);
  await s.waitFor("#week-label");
  // What an onlooker sees: an ordinary diary with nothing in it.
  assert.equal(await s.exec(`return document.querySelectorAll("a.entry-link").length`), 0);
  const shown = await s.exec(`return document.body.innerText`);
  assert.ok(!shown.includes(MISSED) && !/alarm|alert/i.test(shown), shown);
  await shot(s, "alerts-duress-diary");

  await dashboardShows("li.alert.urgent", "the silent alarm");
  assert.equal(sql("SELECT count(*) FROM alerts WHERE kind = 'alarm'"), "1");
  await shot(web, "alerts-alarm");
});

test("nothing she chose to share is in the server's log or the app's files", async () => {
  for (const secret of [PLACE, WHO]) assert.ok(!partner.log.includes(secret), `the server logged ${secret}`);
  const log = fs.readFileSync(path.join(home, "app.log"), "utf8");
  for (const secret of [PLACE, WHO, PIN, DURESS]) assert.ok(!log.includes(secret), `the app logged ${secret}`);
});
