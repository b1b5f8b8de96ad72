// The support-worker dashboard in real Chromium: a worker signs in, sees the
// person waiting, answers and closes; the person's app (plain HTTP, as the
// app would call it) receives the answer. The real server binary runs on
// loopback with its own data folder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startChromedriver, Session } from "../e2e/webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const server = path.join(root, "target/debug/huiskamer-server");
const out = path.join(root, "tests/dashboard/out");
const PASSWORD = "a-long-test-password";

let dataDir, proc, base, driver, s;
let serverLog = "";

async function shot(name) {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${name}.png`), Buffer.from(await s.cmd("GET", "/screenshot"), "base64"));
}

/** Every device key the test used: none may appear in the server's log. */
const keysUsed = new Set();

async function api(method, p, key, body) {
  if (key) keysUsed.add(key);
  const r = await fetch(base + p, {
    method,
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: r.status, body: await r.json() };
}

before(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "hk-dashboard-"));
  for (const [username, name, role] of [["sam", "Sam", "worker"], ["eva", "Eva", "editor"]]) {
    const add = spawnSync(
      server,
      ["add-worker", "--username", username, "--name", name, "--role", role, "--password-stdin", "--data-dir", dataDir],
      { input: PASSWORD + "\n", encoding: "utf8" },
    );
    assert.equal(add.status, 0, add.stderr);
  }
  proc = spawn(server, ["serve", "--listen", "127.0.0.1:0", "--data-dir", dataDir, "--organisation", "Huiskamer Groningen"], {
    // Everything the server logs, at the most verbose level, is checked below.
    env: { ...process.env, RUST_LOG: "trace", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stderr.on("data", (d) => (serverLog += d));
  base = await new Promise((resolve, reject) => {
    let text = "";
    proc.stdout.on("data", (d) => {
      serverLog += d;
      text += d;
      const m = text.match(/listening on (http:\/\/[\d.:]+)/);
      if (m) resolve(m[1]);
    });
    proc.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  driver = await startChromedriver();
  s = await Session.chromium(driver.base);
});

after(async () => {
  await s?.close();
  driver?.stop();
  proc?.kill("SIGTERM");
});

test("a worker answers a person from the dashboard, by keyboard", async () => {
  // The person, in the app: register, open a conversation, write.
  const key = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64");
  assert.equal((await api("POST", "/v1/accounts", null, { auth_key: key })).status, 201);
  const conv = (await api("POST", "/v1/conversations", key, { organisation: "main", client_id: "c1", name: "Оксана", language: "uk" })).body;
  const sent = await api("POST", `/v1/conversations/${conv.id}/messages`, key, { client_id: "m1", body: "Where can I get tested?" });
  assert.equal(sent.status, 200);

  // The worker signs in.
  await s.cmd("POST", "/url", { url: `${base}/dashboard` });
  await s.waitFor("form[action='/dashboard/login']");
  assert.match(await s.exec("return location.pathname"), /\/dashboard\/login$/);
  // Every visible field has a label.
  const unlabelled = await s.exec(`return [...document.querySelectorAll("input:not([type=hidden]), textarea")]
    .filter((i) => !document.querySelector("label[for='" + i.id + "']")).length`);
  assert.equal(unlabelled, 0);
  await s.type(await s.find("#username"), "sam");
  await s.type(await s.find("#password"), PASSWORD + "\uE007"); // Enter submits
  await s.waitFor("#queue-count");
  assert.equal(await s.text(await s.find("#queue-count")), "One open conversation");
  const row = await s.find("li.conversation.waiting a");
  assert.match(await s.text(row), /Waiting for an answer/);
  // Who it is and the language her app is in, so the worker answers in it.
  assert.equal(await s.text(await s.find("li.conversation .who")), "Оксана");
  assert.equal(await s.text(await s.find("li.conversation .language")), "Language: Українська (uk)");
  assert.match(await s.exec("return document.querySelector('li.conversation a').getAttribute('aria-label')"), /Оксана, Language: Українська \(uk\)/);
  await shot("queue");

  await s.click(row);
  await s.waitFor("ol.messages li.from-person");
  assert.equal(await s.text(await s.find("li.from-person .body")), "Where can I get tested?");
  assert.equal(await s.text(await s.find("li.from-person .meta strong")), "Оксана", "her message carries her name, not \"Person\"");
  assert.equal(await s.text(await s.find("#who .language")), "Language: Українська (uk)");
  await s.type(await s.find("#body"), "At the GGD, for free. Shall I come with you?");
  await s.click(await s.find("#reply button[type=submit]"));
  await s.waitFor("li.from-worker");
  assert.equal(await s.text(await s.find("li.from-worker .body")), "At the GGD, for free. Shall I come with you?");
  await shot("conversation");

  // The app receives it.
  const page = await api("GET", `/v1/conversations/${conv.id}/messages?since=1`, key);
  assert.deepEqual(page.body.messages.map((m) => [m.from, m.body]), [["worker", "At the GGD, for free. Shall I come with you?"]]);

  // Close: the queue is empty, the app sees the conversation closed.
  await s.click(await s.find("#close"));
  await s.waitFor(".empty");
  assert.equal(await s.text(await s.find("#queue-count")), "0 open conversations");
  assert.equal((await api("GET", "/v1/conversations", key)).body[0].status, "closed");
});

test("the browser enforces the dashboard's security headers", async () => {
  // Still signed in from the test before.
  await s.cmd("POST", "/url", { url: `${base}/dashboard` });
  await s.waitFor("#queue-count");
  // The session cookie is HttpOnly: page script cannot read it.
  const cookies = await s.exec("return document.cookie");
  assert.ok(!/hk_session/.test(cookies), `session cookie readable by script: ${cookies}`);
  const all = await s.cmd("GET", "/cookie");
  const session = all.find((c) => c.name === "hk_session");
  assert.ok(session, "signed in");
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, "Strict");
  // The CSP stops script put into the page (as an injected comment would).
  const [ran, violations] = await s.execAsync(`
    const done = arguments[arguments.length - 1];
    const seen = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective));
    const el = document.createElement("script");
    el.textContent = "window.__ran = true";
    document.body.append(el);
    setTimeout(() => done([window.__ran === true, seen]), 500);
  `);
  assert.equal(ran, false, "an injected script ran");
  assert.ok(violations.includes("script-src-elem") || violations.includes("script-src"), `violations: ${violations}`);
  // frame-ancestors 'none': another site cannot show the dashboard in a frame.
  const framer = http.createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><iframe id="f" src="${base}/dashboard/login"></iframe>`);
  });
  await new Promise((r) => framer.listen(0, "127.0.0.1", r));
  try {
    await s.cmd("POST", "/url", { url: `http://127.0.0.1:${framer.address().port}/` });
    const frame = await s.waitFor("#f");
    await new Promise((r) => setTimeout(r, 1000));
    await s.cmd("POST", "/frame", { id: { "element-6066-11e4-a52e-4f735466cecf": frame } });
    const inside = await s.exec("return { url: location.href, form: !!document.querySelector('form') }");
    await s.cmd("POST", "/frame", { id: null });
    assert.ok(!(inside.url.startsWith(base) && inside.form), `the dashboard rendered inside a frame: ${JSON.stringify(inside)}`);
    assert.ok(!inside.url.startsWith(base), `the frame holds ${inside.url}, not the dashboard`);
  } finally {
    framer.close();
  }
  await s.cmd("POST", "/url", { url: `${base}/dashboard` });
  await s.waitFor("#queue-count");
});

test("the dashboard speaks Dutch and runs no script", async () => {
  await s.click(await s.find("a[href='/dashboard/lang/nl']"));
  await s.waitFor("html[lang=nl]");
  assert.equal(await s.text(await s.find("h1")), "Open gesprekken");
  assert.equal(await s.exec("return document.scripts.length"), 0);
  await shot("queue-nl");
  // Sign out: back at the sign-in page, and the dashboard is closed again.
  await s.click(await s.find("form[action='/dashboard/logout'] button"));
  await s.waitFor("form[action='/dashboard/login']");
  await s.cmd("POST", "/url", { url: `${base}/dashboard` });
  await s.waitFor("form[action='/dashboard/login']");
});

test("an editor corrects an article and publishes it; the app gets the signed bundle", async () => {
  await s.cmd("POST", "/url", { url: `${base}/dashboard/login` });
  await s.type(await s.waitFor("#username"), "eva");
  await s.type(await s.find("#password"), PASSWORD + "\uE007");
  await s.waitFor("#queue-count");
  // The language chosen in the test before is remembered; switch back.
  await s.click(await s.find("a[href='/dashboard/lang/en']"));
  await s.waitFor("html[lang=en]");
  await s.click(await s.find("a[href='/dashboard/content']"));
  await s.waitFor("#published");
  await s.click(await s.find("a[href='/dashboard/content?locale=en']"));
  await s.click(await s.waitFor("a[href='/dashboard/content/edit?path=en/health/health-sti-testing.md']"));
  await s.waitFor("#text");
  // Change the summary in the editor (the shipped one is read from the repository).
  const shipped = readFileSync(path.join(root, "content/en/health/health-sti-testing.md"), "utf8");
  const summary = shipped.match(/^summary = "(.*)"$/m)[1];
  await s.exec(`const t = document.querySelector("#text"); t.value = t.value.replace(/^summary = ".*"$/m, 'summary = "Free and confidential, for every sex worker."');`);
  await s.click(await s.find("#edit button[type=submit]"));
  await s.waitFor("#saved");
  await shot("content-edit");
  await s.click(await s.find("a[href='/dashboard/content']"));
  await s.click(await s.waitFor("#publish"));
  await s.waitFor("#publish-notice");
  assert.match(await s.text(await s.find("#publish-notice")), /Published version 1\./);

  // The app's side: the manifest names version 1, the bundle holds the change.
  const manifest = (await api("GET", "/v1/content/manifest")).body;
  assert.equal(manifest.version, 1);
  assert.equal(manifest.organisation, "Huiskamer Groningen");
  const bundle = await (await fetch(`${base}/v1/content/bundles/1`)).json();
  const article = bundle.articles.find((a) => a.path === "en/health/health-sti-testing.md");
  assert.match(article.text, /summary = "Free and confidential, for every sex worker\."/);
  assert.ok(!article.text.includes(summary), "the old summary is gone");
  await s.click(await s.find("form[action='/dashboard/logout'] button"));
  await s.waitFor("form[action='/dashboard/login']");
});

/** Presses a key as a person would, on whatever has the focus. */
async function press(key) {
  await s.cmd("POST", "/actions", {
    actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
  });
}

/** Tabs forward until the element with this id has the focus. */
async function tabTo(id) {
  for (let i = 0; i < 30; i++) {
    await press("\uE004");
    if ((await s.exec("return document.activeElement.id")) === id) return s.exec("return document.activeElement");
  }
  throw new Error(`#${id} cannot be reached with Tab`);
}

let long; // the conversation of the next two tests: { key, id }

test("a long conversation pages back and forth by keyboard", async () => {
  // The person writes more than a page of messages.
  const key = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64");
  assert.equal((await api("POST", "/v1/accounts", null, { auth_key: key })).status, 201);
  const conv = (await api("POST", "/v1/conversations", key, { organisation: "main", client_id: "long" })).body;
  long = { key, id: conv.id };
  for (let i = 1; i <= 105; i++) {
    const sent = await api("POST", `/v1/conversations/${conv.id}/messages`, key, { client_id: `m${i}`, body: `Message ${i}.` });
    assert.equal(sent.status, 200);
  }
  await s.cmd("POST", "/url", { url: `${base}/dashboard/login` });
  await s.type(await s.waitFor("#username"), "sam");
  await s.type(await s.find("#password"), PASSWORD + "\uE007");
  await s.waitFor("#queue-count");
  await s.cmd("POST", "/url", { url: `${base}/dashboard/conversations/${conv.id}` });
  await s.waitFor("#reply");
  const bodies = () => s.exec(`return [...document.querySelectorAll("li.message .body")].map((b) => b.textContent)`);
  let shown = await bodies();
  assert.equal(shown.length, 100);
  assert.equal(shown.at(-1), "Message 105.", "the newest message is at the bottom");

  // "Older messages": a link reached with Tab, named for screen readers
  // without its arrow, in a labelled navigation landmark.
  const older = await tabTo("older");
  const el = older["element-6066-11e4-a52e-4f735466cecf"];
  assert.equal(await s.cmd("GET", `/element/${el}/computedrole`), "link");
  assert.equal(await s.cmd("GET", `/element/${el}/computedlabel`), "Older messages");
  assert.equal(await s.exec("return document.activeElement.closest('nav').getAttribute('aria-label')"), "Earlier in this conversation");
  await press("\uE007");
  await s.waitFor("#older-page");
  assert.deepEqual(await bodies(), ["Message 1.", "Message 2.", "Message 3.", "Message 4.", "Message 5."]);
  assert.equal(await s.exec("return document.querySelector('#reply')"), null, "no answer form among old messages");
  await shot("conversation-older");
  await tabTo("newer");
  await press("\uE007");
  await s.waitFor("#reply");
  shown = await bodies();
  assert.deepEqual([shown[0], shown.at(-1)], ["Message 6.", "Message 105."]);
});

test("a long Cyrillic answer is sent, and one over the limit stays in the text area", async () => {
  // Still signed in, on the conversation of the test before.
  const { key, id } = long;
  await s.cmd("POST", "/url", { url: `${base}/dashboard/conversations/${id}` });
  await s.waitFor("#reply");
  // An answer of 3,000 Cyrillic letters with line breaks, pasted (the
  // browser sends it as about 18 KB, each line break as CRLF).
  const line = "Приходите во вторник в десять, мы поможем вам с арендой.\n";
  const answer = line.repeat(Math.ceil(3900 / line.length)).slice(0, 3900).trimEnd();
  assert.ok(answer.length <= 4000 && answer.replace(/[^а-я]/gi, "").length >= 3000);
  await s.exec(`document.querySelector("#body").value = arguments[0]`, answer);
  await s.click(await s.find("#reply button[type=submit]"));
  await s.waitFor("li.from-worker");
  const got = (await api("GET", `/v1/conversations/${id}/messages?since=105`, key)).body.messages;
  assert.deepEqual(got.map((m) => [m.from, m.body]), [["worker", answer]]);

  // Over the limit (a script can set what maxlength stops a person
  // typing): refused, said so, and the text is still in the text area.
  const tooLong = "ж".repeat(4001);
  await s.exec(`document.querySelector("#body").value = arguments[0]`, tooLong);
  await s.click(await s.find("#reply button[type=submit]"));
  await s.waitFor("#reply-error");
  assert.equal(await s.text(await s.find("#reply-error")), "The answer is too long (at most 4000 characters).");
  assert.equal(await s.exec(`return document.querySelector("#body").value`), tooLong);
  assert.equal((await api("GET", `/v1/conversations/${id}/messages?since=106`, key)).body.messages.length, 0);
  await s.cmd("POST", "/url", { url: `${base}/dashboard` });
  await s.click(await s.waitFor("form[action='/dashboard/logout'] button"));
  await s.waitFor("form[action='/dashboard/login']");
});

test("the server's log holds no message text, password, key or client address", async () => {
  assert.ok(serverLog.length > 1000, "the server did log (trace level)");
  assert.ok(keysUsed.size > 0);
  for (const secret of ["Where can I get tested?", "At the GGD, for free", PASSWORD, "authorization", "Bearer", ...keysUsed]) {
    assert.ok(!serverLog.includes(secret), `the log contains ${JSON.stringify(secret)}`);
  }
  // The only address in the log is the server's own listening address.
  const addresses = serverLog.match(/\b\d{1,3}(\.\d{1,3}){3}:\d+/g) ?? [];
  const own = new URL(base).host;
  assert.deepEqual([...new Set(addresses)].filter((a) => a !== own && a !== "127.0.0.1:0"), []);
});
