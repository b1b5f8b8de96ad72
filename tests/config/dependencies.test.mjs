// Every direct dependency is justified in DEPENDENCIES.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (p) => fs.readFileSync(path.join(repo, p), "utf8");
const doc = read("DEPENDENCIES.md");

function cargoDeps(file) {
  const names = [];
  let inDeps = false;
  for (const line of read(file).split("\n")) {
    if (/^\[/.test(line)) inDeps = /^\[(workspace\.)?(dev-|build-)?dependencies\]/.test(line);
    else if (inDeps) {
      const m = line.match(/^([A-Za-z0-9_-]+)\s*(\.workspace)?\s*=/);
      if (m) names.push(m[1]);
    }
  }
  return names;
}

test("every Rust and UI dependency has its line in DEPENDENCIES.md", () => {
  const manifests = ["Cargo.toml", "core/Cargo.toml", "protocol/Cargo.toml", "texts/Cargo.toml", "server/Cargo.toml", "src-tauri/Cargo.toml", "tests/system/Cargo.toml", "fuzz/Cargo.toml"];
  const pkg = JSON.parse(read("ui/package.json"));
  const all = [
    ...manifests.flatMap(cargoDeps),
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.devDependencies ?? {}),
  ];
  assert.ok(all.length > 40, `found the dependencies (${all.length})`);
  const missing = [...new Set(all)].filter((n) => !doc.includes("`" + n + "`"));
  assert.deepEqual(missing, [], "dependencies without a reason in DEPENDENCIES.md");
});
