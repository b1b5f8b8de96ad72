#!/usr/bin/env node
// Every Rust test binary of the workspace is compiled in ONE cargo build,
// then run by package. Why: cargo unifies the features of shared
// dependencies only among the packages one command selects, so
// `cargo test -p huiskamer` after `cargo test --workspace --exclude ...`
// compiled ~90 dependencies (tokio, ring, rusqlite's SQLite, ICU, syn...)
// a second time, and `-p huiskamer-server` ~45 more: minutes of `make test`
// on 2 cores. One selection (the whole workspace) builds each once.
//
//   scripts/rust-tests.mjs build                     compile every test binary (and the bins they use)
//   scripts/rust-tests.mjs run --only PKG[,PKG]      run the tests of these packages
//   scripts/rust-tests.mjs run --except PKG[,PKG]    ... of every other package
//   ... run --doc ...                                and every package's doc tests
//   ... run ... -- ARGS                              ARGS go to each test binary (a name filter, --nocapture)
//
// Each binary runs as `cargo test` runs it: from its package's folder, one
// after the other, and the run fails if any binary fails. With --doc, the
// doc tests of the whole workspace run too (the same selection, so nothing
// is rebuilt).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CARGO = ["--workspace", "--locked"];

/** Compiles every test binary; returns [{ pkg, kind, name, exe, dir }]. */
async function build() {
  const cargo = spawn("cargo", ["test", ...CARGO, "--no-run", "--message-format=json-render-diagnostics"], {
    cwd: repo,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const bins = [];
  let rest = "";
  cargo.stdout.on("data", (d) => {
    const lines = (rest + d).split("\n");
    rest = lines.pop();
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const m = JSON.parse(line);
      if (m.reason !== "compiler-artifact" || !m.profile?.test || !m.executable) continue;
      bins.push({
        pkg: packageName(m.package_id),
        kind: m.target.kind[0],
        name: m.target.name,
        exe: m.executable,
        dir: path.dirname(m.manifest_path),
      });
    }
  });
  const code = await new Promise((r) => cargo.on("exit", r));
  if (code !== 0) process.exit(code ?? 1);
  return bins;
}

/** "path+file:///work/main/server#huiskamer-server@0.1.0" (or the older
 *  "huiskamer-server 0.1.0 (path+file://...)") to "huiskamer-server". */
function packageName(id) {
  const hash = id.match(/#([^@]+)@/);
  if (hash) return hash[1];
  const old = id.match(/^(\S+) /);
  if (old) return old[1];
  // "path+file:///work/main/texts#0.1.0": the folder is the name.
  return path.basename(id.replace(/#.*$/, ""));
}

function parse(argv) {
  const dash = argv.indexOf("--");
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const pass = dash < 0 ? [] : argv.slice(dash + 1);
  const list = (flag) => {
    const i = own.indexOf(flag);
    return i < 0 ? null : own[i + 1].split(",");
  };
  return { command: own[0], only: list("--only"), except: list("--except"), doc: own.includes("--doc"), pass };
}

async function main() {
  const { command, only, except, doc, pass } = parse(process.argv.slice(2));
  if (command !== "build" && command !== "run") {
    console.error("usage: scripts/rust-tests.mjs build | run (--only|--except) PKG[,PKG] [-- ARGS]");
    process.exit(2);
  }
  const bins = await build();
  if (command === "build") return;
  const packages = [...new Set(bins.map((b) => b.pkg))];
  const unknown = [...(only ?? []), ...(except ?? [])].filter((p) => !packages.includes(p));
  if (unknown.length) {
    console.error(`no tests in package(s) ${unknown.join(", ")}; packages: ${packages.join(", ")}`);
    process.exit(2);
  }
  const chosen = bins.filter((b) => (only ? only.includes(b.pkg) : !except?.includes(b.pkg)));
  const failed = [];
  for (const b of chosen) {
    console.log(`\n     Running ${b.pkg} ${b.kind} ${b.name} (${path.relative(repo, b.exe)})`);
    const r = spawnSync(b.exe, pass, {
      cwd: b.dir,
      stdio: "inherit",
      env: { ...process.env, CARGO_MANIFEST_DIR: b.dir, CARGO_PKG_NAME: b.pkg },
    });
    if (r.status !== 0) failed.push(`${b.pkg} ${b.kind} ${b.name} (${r.signal ?? `exit ${r.status}`})`);
  }
  // The doc tests of every package: the same selection, so nothing above is rebuilt.
  if (doc) {
    const r = spawnSync("cargo", ["test", ...CARGO, "--doc"], { cwd: repo, stdio: "inherit" });
    if (r.status !== 0) failed.push("doc tests");
  }
  if (failed.length) {
    console.error(`\nFAILED: ${failed.join("; ")}`);
    process.exit(1);
  }
  console.log(`\nrust-tests: ${chosen.length} test binaries passed`);
}

main();
