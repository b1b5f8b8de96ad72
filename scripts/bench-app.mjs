#!/usr/bin/env node
// Start-up time and memory of the release app, under the X display it is
// given (make bench runs it under Xvfb). Writes target/bench/app.json for
// scripts/bench-report.mjs.
//
// Start-up: from spawning the process to the app logging that it served the
// home screen's article list (src-tauri/src/started.rs; the list is on
// screen a frame later). "Cold" runs start with an empty data folder (the
// shipped content is imported first); "warm" runs reuse one.
// Memory: 3 s after that, the resident (RSS) and proportional (PSS) memory
// of the app and every process it started (WebKit's web and network
// processes), from /proc.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const app = path.join(repo, "target/release/huiskamer");
// A bare Tauri window with one small page (src-tauri/examples/
// bare_window.rs): its memory, measured the same way in the same run, is the
// floor that Tauri and WebKitGTK need before the app does anything.
const bare = path.join(repo, "target/release/examples/bare_window");
const RUNS = 5;

for (const bin of [app, bare]) {
  if (!fs.existsSync(bin)) {
    console.error(`bench-app: ${bin} is not built (make deb; cargo build --release --features tauri/custom-protocol --example bare_window -p huiskamer)`);
    process.exit(1);
  }
}

function children(pid) {
  const out = [];
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(d), ...children(Number(d)));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** The memory profile of one process: RSS and PSS (KiB) per kind of
 *  mapping, from /proc/<pid>/smaps. */
function profile(pid) {
  const kinds = {};
  const files = {};
  let kind = null;
  let file = null;
  for (const line of fs.readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/);
    if (head) {
      const name = head[1];
      kind =
        name === "[heap]" ? "heap (malloc)"
        : name === "" ? "anonymous (JavaScriptCore, GLib, malloc arenas)"
        : /\/dev\/dri|memfd|dmabuf|\/dev\/shm|SYSV/.test(name) ? "graphics and shared buffers"
        : /\.so(\.|$)/.test(name) ? "libraries (code and data)"
        : /fonts|\.ttf|\.otf|fontconfig/.test(name) ? "fonts"
        : name.startsWith("/") ? "other files"
        : "other";
      kinds[kind] ??= { rss: 0, pss: 0 };
      file = name.startsWith("/") ? path.basename(name) : null;
      if (file) files[file] ??= { rss: 0, pss: 0 };
      continue;
    }
    const m = line.match(/^(Rss|Pss):\s+(\d+) kB/);
    if (m && kind) kinds[kind][m[1].toLowerCase()] += Number(m[2]);
    if (m && file) files[file][m[1].toLowerCase()] += Number(m[2]);
  }
  kinds.files = files;
  return kinds;
}

function memoryKiB(pid) {
  const processes = [];
  for (const p of [pid, ...children(pid)]) {
    try {
      processes.push({
        name: fs.readFileSync(`/proc/${p}/comm`, "utf8").trim(),
        rss: Number(fs.readFileSync(`/proc/${p}/status`, "utf8").match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0),
        pss: Number(fs.readFileSync(`/proc/${p}/smaps_rollup`, "utf8").match(/^Pss:\s+(\d+)/m)?.[1] ?? 0),
        kinds: profile(p),
      });
    } catch {
      /* gone */
    }
  }
  const sum = (k) => processes.reduce((a, p) => a + p[k], 0);
  return { rss: sum("rss"), pss: sum("pss"), processes };
}

/** Starts `bin` with an empty or reused data folder, waits for the line
 *  that says it is ready (`ready`: a pattern; its first group, if any, is the
 *  time the process measured itself), and optionally measures its memory
 *  3 s later. */
async function start(dataHome, measureMemory, bin = app, ready = /first article list served ms=([\d.]+)/) {
  const env = {
    ...process.env,
    XDG_DATA_HOME: dataHome,
    XDG_CACHE_HOME: path.join(dataHome, "cache"),
    XDG_CONFIG_HOME: path.join(dataHome, "config"),
    HUISKAMER_LOG: "info",
    HUISKAMER_SERVER: "",
    NO_COLOR: "1",
  };
  const t0 = performance.now();
  const proc = spawn(bin, [], { env, stdio: ["ignore", "ignore", "pipe"] });
  const inside = await new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`no start-up line within 30 s:\n${text}`)), 30000);
    proc.stderr.on("data", (d) => {
      text += d;
      const m = text.match(ready);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1] ?? NaN));
      }
    });
    proc.on("exit", (code) => reject(new Error(`the app exited with ${code}:\n${text}`)));
  });
  const wall = performance.now() - t0;
  let memory = null;
  if (measureMemory) {
    await new Promise((r) => setTimeout(r, 3000));
    memory = memoryKiB(proc.pid);
  }
  const pids = [proc.pid, ...children(proc.pid)];
  proc.removeAllListeners("exit");
  for (const p of pids) {
    try {
      process.kill(p, "SIGTERM");
    } catch {
      /* gone */
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  for (const p of pids) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  return { wall, inside, memory };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "huiskamer-bench-app-"));
try {
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push(await start(path.join(tmp, `cold-${i}`), false));
  const warmDir = path.join(tmp, "warm");
  await start(warmDir, false);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await start(warmDir, i === RUNS - 1));
  const memory = warm[RUNS - 1].memory;
  // The floor, the same way: a bare window's start to its page loaded, and its memory.
  const bareStarts = [];
  for (let i = 0; i < RUNS; i++) bareStarts.push(await start(path.join(tmp, `bare-${i}`), false, bare, /bare window loaded/));
  const floor = (await start(path.join(tmp, "bare"), true, bare, /bare window loaded/)).memory;
  const result = {
    runs: RUNS,
    cold_ms: median(cold.map((r) => r.wall)),
    cold_inside_ms: median(cold.map((r) => r.inside)),
    warm_ms: median(warm.map((r) => r.wall)),
    warm_inside_ms: median(warm.map((r) => r.inside)),
    rss_kib: memory.rss,
    pss_kib: memory.pss,
    processes: memory.processes,
    bare_ms: median(bareStarts.map((r) => r.wall)),
    bare_rss_kib: floor.rss,
    bare_pss_kib: floor.pss,
    bare_processes: floor.processes.map(({ name, rss, pss }) => ({ name, rss, pss })),
  };
  fs.mkdirSync(path.join(repo, "target/bench"), { recursive: true });
  fs.writeFileSync(path.join(repo, "target/bench/app.json"), JSON.stringify(result, null, 2) + "\n");
  console.log(result);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
