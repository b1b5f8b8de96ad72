// Static checks of the app's security configuration: the CSP allows no
// remote origin, and the capabilities grant exactly the commands the UI uses.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (p) => fs.readFileSync(path.join(repo, p), "utf8");
const conf = JSON.parse(read("tauri.conf.json"));

function uiFiles(dir = path.join(repo, "ui/src")) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return uiFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

test("the Content-Security-Policy allows no remote origin", () => {
  const csp = conf.app.security.csp;
  assert.equal(typeof csp, "object");
  for (const [directive, value] of Object.entries(csp)) {
    for (const source of value.split(/\s+/)) {
      assert.ok(
        ["'self'", "'none'", "ipc:", "http://ipc.localhost"].includes(source) ||
          // Diary photos are decrypted in the core and shown from in-memory
          // blob: URLs made by the page itself; never a remote origin.
          (directive === "img-src" && source === "blob:"),
        `${directive} allows ${source}`,
      );
    }
    assert.ok(!/unsafe-(inline|eval)/.test(value), `${directive} must not allow unsafe-inline/eval`);
  }
  for (const d of ["default-src", "script-src", "style-src", "img-src", "connect-src", "object-src", "frame-ancestors"]) {
    assert.ok(csp[d], `CSP sets ${d}`);
  }
  assert.equal(csp["object-src"], "'none'");
  assert.equal(conf.app.withGlobalTauri, false);
  assert.equal(conf.app.security.dangerousDisableAssetCspModification, false);
  assert.ok(!conf.build.devUrl, "no dev server URL in the shipped config");
});

test("capabilities grant exactly the commands the UI invokes, and no plugin or core access", () => {
  const capDir = path.join(repo, "src-tauri/capabilities");
  const caps = fs.readdirSync(capDir).map((f) => JSON.parse(fs.readFileSync(path.join(capDir, f), "utf8")));
  const granted = new Set(caps.flatMap((c) => c.permissions));
  for (const p of granted) {
    assert.equal(typeof p, "string");
    assert.match(p, /^allow-[a-z-]+$/, `only app command permissions, not ${p}`);
  }
  const invoked = new Set();
  for (const f of uiFiles()) {
    for (const m of fs.readFileSync(f, "utf8").matchAll(/invoke(?:<[^>]*>)?\(\s*["'`]([a-z_]+)["'`]/g)) invoked.add(m[1]);
  }
  assert.ok(invoked.size > 0, "found the UI's invoke calls");
  const asPermission = (c) => `allow-${c.replaceAll("_", "-")}`;
  assert.deepEqual([...granted].sort(), [...invoked].map(asPermission).sort());

  const build = read("src-tauri/build.rs");
  const listed = [...build.matchAll(/^\s*"([a-z_]+)",$/gm)].map((m) => m[1]);
  assert.deepEqual(listed.map(asPermission).sort(), [...granted].sort(), "build.rs lists the same commands");
  const handlers = [...read("src-tauri/src/lib.rs").matchAll(/(?:commands|diary|sync|alarm)::([a-z_]+),/g)].map((m) => m[1]);
  assert.deepEqual(handlers.sort(), listed.sort(), "the invoke handler registers the same commands");
});

test("the shell holds no logic: every command is a few lines", () => {
  const src = read("src-tauri/src/commands.rs") + read("src-tauri/src/diary.rs") + read("src-tauri/src/sync.rs") + read("src-tauri/src/alarm.rs");
  for (const m of src.matchAll(/#\[tauri::command\]\s*pub fn (\w+)[^{]*\{([\s\S]*?)\n\}/g)) {
    const lines = m[2].trim().split("\n").length;
    assert.ok(lines <= 8, `command ${m[1]} has ${lines} lines`);
  }
});

test("64-bit ARM builds use the hardware AES and POLYVAL instructions (docs/MOBILE.md)", () => {
  const config = read(".cargo/config.toml");
  for (const target of ["aarch64-linux-android", "aarch64-apple-ios", "aarch64-apple-ios-sim", "aarch64-unknown-linux-gnu"]) {
    const section = config.split(`[target.${target}]`)[1]?.split(/^\[/m)[0];
    assert.ok(section, `.cargo/config.toml has a section for ${target}`);
    assert.match(section, /"--cfg",\s*"aes_armv8"/, `${target}: aes_armv8`);
    assert.match(section, /"--cfg",\s*"polyval_armv8"/, `${target}: polyval_armv8`);
  }
  const lock = read("Cargo.lock");
  assert.match(lock, /name = "aes"\nversion = "0\.8\./, "aes 0.8 (where the flag applies)");
  assert.match(lock, /name = "polyval"\nversion = "0\.6\./, "polyval 0.6 (where the flag applies)");
});
