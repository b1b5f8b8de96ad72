// The UI's string table holds every message formatted without arguments
// (`LocaleView.strings`): a message with a Fluent variable would show its
// placeholder ("{$count} entries") or the wrong plural. Such messages are
// formatted by the core where they are used; the UI must not `t()` them.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const src = path.dirname(fileURLToPath(import.meta.url));
const i18n = path.join(src, "../../i18n/en");

/** Message id → its whole text (continuation lines included), from the English files. */
function messages(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(i18n)) {
    let id: string | null = null;
    for (const line of fs.readFileSync(path.join(i18n, f), "utf8").split("\n")) {
      const m = line.match(/^([a-z][a-z0-9-]*) =(.*)$/);
      if (m) out.set((id = m[1]), m[2]);
      else if (id && /^\s/.test(line)) out.set(id, out.get(id) + line);
      else id = null;
    }
  }
  return out;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "test" || e.name === "generated" ? [] : sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

describe("the UI's own texts", () => {
  test("use no message that needs an argument", () => {
    const all = messages();
    const used = new Set(sources(src).flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/\bt\(\s*["`]([a-z0-9-]+)["`]/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(50);
    const needArgs = [...used].filter((id) => /\{\s*\$/.test(all.get(id) ?? ""));
    expect(needArgs).toEqual([]);
  });
});
