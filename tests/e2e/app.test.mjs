// End to end: the real release app in a real window (under Xvfb), driven
// over WebDriver through tauri-driver and WebKitWebDriver.
//
// Expected texts come from the repository's own content and string files,
// so the test checks what a person would see, not a copy of it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { app, message, out, repo } from "./common.mjs";
import { startDriver, Session } from "./webdriver.mjs";


/** Front-matter value and first plain paragraph of an article file. */
function article(locale, topic, id) {
  const text = fs.readFileSync(path.join(repo, "content", locale, topic, `${id}.md`), "utf8");
  const [, front, body] = text.split(/^\+\+\+\s*$/m);
  const title = JSON.parse(front.match(/^title\s*=\s*(".*")\s*$/m)[1]);
  const paragraph = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^[#\-*>|\d]/.test(p) && !p.includes("](") && !p.includes("*"));
  return { title, sentence: paragraph.split(/(?<=[.!?])\s/)[0] };
}

const dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "huiskamer-e2e-"));
let driver;
let s;

async function openApp() {
  s = await Session.create(driver.base, app);
  await s.waitFor("a.topic-card", { timeout: 20000 });
}

async function htmlAttr(name) {
  return s.exec(`return document.documentElement.getAttribute(arguments[0])`, name);
}

async function shot(name) {
  fs.writeFileSync(path.join(out, `${name}.png`), await s.screenshot());
}

before(async () => {
  assert.ok(fs.existsSync(app), `release app not built at ${app} (run: make deb)`);
  // Each run gets its own data folder and starts with an English system.
  driver = await startDriver({ XDG_DATA_HOME: dataHome, LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
  await openApp();
});

after(async () => {
  await s?.close();
  driver?.stop();
  fs.rmSync(dataHome, { recursive: true, force: true });
});

test("opens offline in the system language with the six topics", async () => {
  assert.equal(await htmlAttr("lang"), "en");
  assert.equal(await htmlAttr("dir"), "ltr");
  const cards = await s.findAll("a.topic-card");
  assert.equal(cards.length, 6);
  const health = await s.find('a.topic-card[data-topic="health"]');
  assert.match(await s.text(health), new RegExp(message("en", "topic-health")));
  await s.waitFor("#quick-exit");
  await shot("home-en");
});

test("switches language, searches and opens an article", async () => {
  await s.click(await s.find("#language-button"));
  await s.click(await s.waitFor('#language-list button[data-locale="nl"]'));
  await s.waitUntil(async () => (await htmlAttr("lang")) === "nl", "the page is Dutch");

  await s.click(await s.waitFor("a#nav-library"));
  const health = await s.waitFor('a.topic-card[data-topic="health"]');
  assert.match(await s.text(health), new RegExp(message("nl", "topic-health")));

  await s.click(await s.find("a#nav-search"));
  const input = await s.waitFor("input#search-input");
  await s.type(input, "soa-tes");
  const want = article("nl", "health", "health-sti-testing");
  const hit = await s.waitFor('#search-results a[data-article="health-sti-testing"]');
  assert.match(await s.text(hit), new RegExp(want.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  const status = await s.find("#search-status");
  assert.notEqual((await s.text(status)).trim(), "");
  await shot("search-nl");

  await s.click(hit);
  const h1 = await s.waitFor("article#article h1");
  assert.equal(await s.text(h1), want.title);
  const body = await s.find("article#article .article-body");
  assert.ok((await s.text(body)).includes(want.sentence), `article shows: ${want.sentence}`);
  assert.equal(await s.attr(await s.find("article#article"), "lang"), "nl");
  const sources = await s.find("article#article .sources");
  assert.match(await s.text(sources), /https:\/\//);
  await shot("article-nl");
});

test("no request can leave the app: the CSP blocks remote connections and images", async () => {
  const blocked = await s.execAsync(`
    const done = arguments[arguments.length - 1];
    const seen = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
    fetch("https://example.org/x").catch(() => {});
    const img = new Image(); img.src = "https://example.org/pixel.png";
    setTimeout(() => done(seen), 1500);
  `);
  assert.ok(blocked.some((d) => d.startsWith("connect-src")), `connect blocked: ${blocked}`);
  assert.ok(blocked.some((d) => d.startsWith("img-src")), `image blocked: ${blocked}`);
});

test("the directory shows open-now states and tap-to-call", async () => {
  await s.click(await s.find("a#nav-help"));
  const mp = await s.waitFor('.org[data-org="ldh-meetingpoint-groningen"]');
  const state = await s.text(await s.find('.org[data-org="ldh-meetingpoint-groningen"] .open-state'));
  assert.match(state, /open|gesloten/i);
  const csg = await s.find('.org[data-org="centrum-seksueel-geweld"] .call');
  assert.match(await s.text(csg), /0800-0188/);
  assert.ok(mp);
  // Shipped entries rest on the claims register: each says when it was checked.
  assert.match(await s.text(await s.find('.org[data-org="centrum-seksueel-geweld"] .checked')), /2026/);
  // Hours are never shown as open or closed unless confirmed by the organisation.
  assert.doesNotMatch(state, new RegExp(message("nl", "open-until").split("{")[0].trim()));
  // Every city of the directory is offered; the one picked is remembered (see the restart test).
  const cities = await s.exec(`return [...document.querySelectorAll("#city-filter option")].map((o) => o.value)`);
  for (const c of ["Amsterdam", "Rotterdam", "Groningen", "Utrecht"]) assert.ok(cities.includes(c), `${c} in ${cities}`);
  await s.exec(`const f = document.querySelector("#city-filter"); f.value = "Amsterdam"; f.dispatchEvent(new Event("change"))`);
  await s.waitUntil(async () => (await s.exec(`return document.querySelector('.org[data-org="ldh-meetingpoint-groningen"]').hidden`)) === true, "Groningen hidden when Amsterdam is picked");
  await shot("directory-nl");
});

test("phone numbers in an article can be tapped", async () => {
  await s.exec(`location.hash = "#/article/help-emergency"`);
  const tel = await s.waitFor('article#article a[data-tel="tel:112"]');
  assert.equal((await s.text(tel)).trim(), "112");
  assert.equal(await s.attr(tel, "dir"), "ltr");
  await s.exec(`location.hash = "#/"`);
});

test("the picker names every language in its own script; Arabic reads right to left throughout", async () => {
  await s.click(await s.find("#language-button"));
  await s.waitFor("#language-list button[data-locale]");
  const shown = await s.exec(`
    return [...document.querySelectorAll("#language-list button[data-locale]")].map((b) =>
      [b.dataset.locale, b.textContent.trim(), b.getAttribute("lang"), b.getAttribute("dir")]);
  `);
  const locales = fs.readdirSync(path.join(repo, "i18n")).sort();
  assert.deepEqual(shown.map(([l]) => l).sort(), locales, "every shipped language is offered");
  for (const [code, name, lang, dir] of shown) {
    assert.equal(name, message(code, "locale-name"), `${code} is shown in its own name`);
    assert.equal(lang, code);
    assert.equal(dir, code === "ar" ? "rtl" : "ltr");
  }

  await s.click(await s.find('#language-list button[data-locale="ar"]'));
  await s.waitUntil(async () => (await htmlAttr("lang")) === "ar", "the page is Arabic");
  assert.equal(await htmlAttr("dir"), "rtl");
  await s.click(await s.waitFor("a#nav-library"));
  const card = await s.waitFor('a.topic-card[data-topic="health"]');
  assert.match(await s.text(card), new RegExp(message("ar", "topic-health")));
  await s.click(card);
  const link = await s.waitFor('a[data-article="health-sti-testing"]');
  // The topic lists six articles: bring this one into view above the bottom navigation, as a thumb would.
  await s.exec(`document.querySelector('a[data-article="health-sti-testing"]').scrollIntoView({ block: "center" })`);
  await s.click(link);
  const want = article("ar", "health", "health-sti-testing");
  const h1 = await s.waitFor("article#article h1");
  assert.equal(await s.text(h1), want.title);
  const art = await s.find("article#article");
  assert.equal(await s.attr(art, "lang"), "ar");
  assert.equal(await s.attr(art, "dir"), "rtl");
  assert.ok((await s.text(await s.find("article#article .article-body"))).includes(want.sentence), `article shows: ${want.sentence}`);

  // Layout, measured: every block of the article and the page computes as
  // right to left, the title's text hugs the right edge of its box, list
  // bullets sit at the right, the quick-exit button is at the inline end
  // (left), and nothing scrolls sideways.
  const layout = await s.exec(`
    const box = (e) => e.getBoundingClientRect();
    // The extent of the first line of text in an element (a line of mixed
    // Arabic and Latin text is several boxes).
    const firstLine = (e) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      const rects = [...r.getClientRects()].filter((b) => b.width > 0);
      const line = rects.filter((b) => Math.abs(b.top - rects[0].top) < b.height / 2);
      return { left: Math.min(...line.map((b) => b.left)), right: Math.max(...line.map((b) => b.right)) };
    };
    const h1 = document.querySelector("article#article h1");
    const text = firstLine(h1);
    const li = document.querySelector("article#article .article-body li");
    const liText = li && firstLine(li);
    const ltrBlocks = [...document.querySelectorAll("body, main, article#article, article#article *")]
      .filter((e) => getComputedStyle(e).direction !== "rtl" && !e.closest("[dir=ltr]"))
      .map((e) => e.tagName.toLowerCase() + "." + [...e.classList].join("."));
    const exit = box(document.querySelector("#quick-exit"));
    const w = document.documentElement.clientWidth;
    return {
      titleGapRight: box(h1).right - text.right,
      titleGapLeft: text.left - box(h1).left,
      liGapRight: li ? box(li).right - liText.right : 0,
      exitX: exit.left + exit.width / 2,
      width: w,
      overflow: document.documentElement.scrollWidth > w,
      ltrBlocks,
    };
  `);
  assert.deepEqual(layout.ltrBlocks, [], "nothing in the article computes left to right (except marked Latin parts)");
  assert.ok(layout.titleGapRight < 2, `the title starts at the right edge (gap ${layout.titleGapRight})`);
  assert.ok(layout.liGapRight < 2, `list items start at the right (gap ${layout.liGapRight})`);
  assert.ok(layout.exitX < layout.width / 2, `quick exit sits at the inline end (left in RTL): x=${layout.exitX} of ${layout.width}`);
  assert.equal(layout.overflow, false, "no horizontal scrolling in RTL");
  await shot("article-ar");

  await s.click(await s.find("#language-button"));
  await s.click(await s.waitFor('#language-list button[data-locale="nl"]'));
  await s.waitUntil(async () => (await htmlAttr("lang")) === "nl", "back to Dutch");
  await s.exec(`location.hash = "#/help"`);
  await s.waitFor(".org");
});

test("usable at 360 px wide with text at 200%", async () => {
  await s.cmd("POST", "/window/rect", { width: 360, height: 740 });
  await s.waitUntil(async () => (await s.exec(`return window.innerWidth`)) <= 380, "the window is phone-sized");
  await s.exec(`document.documentElement.style.fontSize = "200%"`);
  const check = async (hash, css) => {
    await s.exec(`location.hash = arguments[0]`, hash);
    await s.waitFor(css);
    const [overflow, exitEnd, width, wide] = await s.exec(`
      const r = document.querySelector("#quick-exit").getBoundingClientRect();
      const w = document.documentElement.clientWidth;
      const wide = [...document.body.querySelectorAll("*")]
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .slice(0, 5)
        .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + [...e.classList].join(".") + " " + Math.round(e.getBoundingClientRect().right));
      const dbg = [".brand", ".language-button", "#quick-exit", ".top", "#app"].map((q) => { const e = document.querySelector(q); return e ? q + ":" + getComputedStyle(e).display + ":" + Math.round(e.getBoundingClientRect().width) + ":" + getComputedStyle(e).fontSize : q + ":none"; }).join(" ") + " cq=" + CSS.supports("container-type: inline-size");
      return [document.documentElement.scrollWidth > w, r.right, w, wide.join(", ") + " | " + dbg];
    `);
    assert.equal(overflow, false, `${hash}: no horizontal scrolling at 200% (too wide: ${wide})`);
    assert.ok(exitEnd <= width + 1, `${hash}: quick exit fully on screen (${exitEnd} of ${width})`);
  };
  await check("#/", "a.topic-card");
  await check("#/article/health-sti-testing", "article#article h1");
  await shot("article-200pct-360px");
  await check("#/help", ".org");
  await s.exec(`document.documentElement.style.fontSize = ""`);
  await s.exec(`location.hash = "#/"`);
});

test("the language and the place picked are remembered after a restart", async () => {
  await s.close();
  await openApp();
  assert.equal(await htmlAttr("lang"), "nl");
  await s.click(await s.waitFor("a#nav-help"));
  await s.waitFor(".org");
  assert.equal(await s.exec(`return document.querySelector("#city-filter").value`), "Amsterdam");
  await s.exec(`const f = document.querySelector("#city-filter"); f.value = ""; f.dispatchEvent(new Event("change"))`);
  await s.exec(`location.hash = "#/"`);
});

test("quick exit hides everything at once", async () => {
  await s.click(await s.find('a.topic-card[data-topic="health"]'));
  await s.waitFor("a[data-article]");
  await s.click(await s.find("#quick-exit"));
  await s.waitFor("#neutral-screen");
  const html = await s.exec(`return document.body.innerText + " " + document.title`);
  assert.ok(!/huiskamer|gezondheid|soa/i.test(html), `neutral screen shows nothing of the app: ${html}`);
  assert.equal((await s.findAll("a.topic-card, article#article, a[data-article]")).length, 0);
  await shot("quick-exit");
});
