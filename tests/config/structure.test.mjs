// scripts/check-structure.sh keeps the crates' dependencies one way (the
// server free of the app core). A check that cannot fail proves nothing:
// here it is fed saved trees that break each rule, and must name the crate.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const script = path.join(repo, "scripts/check-structure.sh");

function check(args, env = {}) {
  const r = spawnSync(script, args, { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Blocks as `cargo tree --offline -e normal,build --prefix none -p <package>`
// prints them, one per package, separated by a blank line.
const server = (...extra) =>
  ["huiskamer-server v0.1.0 (/r/server)", "axum v0.8.4", "huiskamer-protocol v0.1.0 (/r/protocol)", ...extra].join("\n");
const texts = (...extra) =>
  ["huiskamer-texts v0.1.0 (/r/texts)", "huiskamer-protocol v0.1.0 (/r/protocol)", "toml v0.8.2", ...extra].join("\n");
const core = (...extra) => ["huiskamer-core v0.1.0 (/r/core)", "huiskamer-texts v0.1.0 (/r/texts)", ...extra].join("\n");

function withTree(text, env) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "structure-"));
  const file = path.join(dir, "tree.txt");
  fs.writeFileSync(file, text + "\n");
  try {
    return check(["--tree", file], env);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("a server tree that holds the app core fails, naming it", () => {
  const r = withTree([server("huiskamer-core v0.1.0 (/r/core)", "reqwest v0.12.28", "axum v0.8.4 (*)"), texts()].join("\n\n"));
  assert.notEqual(r.status, 0, r.stdout);
  assert.match(r.stderr, /huiskamer-server depends on huiskamer-core/);
  assert.match(r.stderr, /huiskamer-server depends on reqwest/);
});

test("a texts tree that holds SQLite or tokio fails, naming it", () => {
  const r = withTree([server(), texts("rusqlite v0.41.1", "tokio v1.54.1 (*)")].join("\n\n"));
  assert.notEqual(r.status, 0, r.stdout);
  assert.match(r.stderr, /huiskamer-texts depends on rusqlite/);
  assert.match(r.stderr, /huiskamer-texts depends on tokio/);
});

test("core depending on the server fails only with STRICT_CORE=1", () => {
  const tree = [server(), texts(), core("huiskamer-server v0.1.0 (/r/server)")].join("\n\n");
  const strict = withTree(tree, { STRICT_CORE: "1" });
  assert.notEqual(strict.status, 0, strict.stdout);
  assert.match(strict.stderr, /huiskamer-core depends on huiskamer-server/);
  const lenient = withTree(tree, { STRICT_CORE: "0" });
  assert.equal(lenient.status, 0, lenient.stderr);
  assert.match(lenient.stdout, /not checked/);
});

test("a tree without the server's block cannot pass", () => {
  const r = withTree(texts());
  assert.notEqual(r.status, 0, r.stdout);
  assert.match(r.stderr, /no tree for huiskamer-server/);
});

test("clean saved trees pass", () => {
  const r = withTree([server(), texts(), core()].join("\n\n"), { STRICT_CORE: "1" });
  assert.equal(r.status, 0, r.stderr);
});

test("the workspace's real tree passes", () => {
  const r = check([]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /run one way/);
});
