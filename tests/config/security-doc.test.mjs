// SECURITY.md names the tests that prove each promise. This keeps those
// names true: every Rust test named there exists, and every test title
// quoted in italics exists in the JavaScript test files.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const doc = fs.readFileSync(path.join(repo, "SECURITY.md"), "utf8");

function files(dir, pattern) {
  return fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ["node_modules", "target", "out", "dist"].includes(e.name) ? [] : files(p, pattern);
    return pattern.test(e.name) ? [p] : [];
  });
}

const rust = ["core", "server", "protocol", "src-tauri", "texts", "tests/system"].flatMap((d) => files(d, /\.rs$/)).map((f) => fs.readFileSync(path.join(repo, f), "utf8")).join("\n");
const js = [...files("tests", /\.test\.mjs$/), ...files("ui/src", /\.test\.ts$/)].map((f) => fs.readFileSync(path.join(repo, f), "utf8")).join("\n");

test("every Rust test SECURITY.md names exists", () => {
  const names = [...doc.matchAll(/`(?:[a-z_:]+::)?([a-z][a-z0-9]*(?:_[a-z0-9]+){2,})`/g)].map((m) => m[1]);
  assert.ok(names.length >= 15, `found the named tests (${names.length})`);
  const missing = names.filter((n) => !new RegExp(`fn ${n}\\b`).test(rust));
  assert.deepEqual(missing, [], "named in SECURITY.md, but no such test");
});

test("every test title SECURITY.md quotes exists", () => {
  const titles = [...doc.matchAll(/\*([a-z][^*]{12,})\*/g)].map((m) => m[1].replace(/\.\.\.$|…$/, ""));
  assert.ok(titles.length >= 5, `found the quoted titles (${titles.length})`);
  const missing = titles.filter((t) => !js.includes(t) && !rust.includes(t.replaceAll(" ", "_")));
  assert.deepEqual(missing, [], "quoted in SECURITY.md, but no such test");
});
