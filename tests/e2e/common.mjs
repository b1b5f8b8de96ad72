// What the end-to-end tests share: where the app and the repository are,
// and the texts a person sees, read from the repository's own files.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const app = process.env.HUISKAMER_APP || path.join(repo, "target/release/huiskamer");
export const out = path.join(repo, "tests/e2e/out");
fs.mkdirSync(out, { recursive: true });

/** A Fluent message of a locale (simple single-line messages only). */
export function message(locale, id) {
  for (const f of fs.readdirSync(path.join(repo, "i18n", locale))) {
    const text = fs.readFileSync(path.join(repo, "i18n", locale, f), "utf8");
    const m = text.match(new RegExp(`^${id} = (.*)$`, "m"));
    if (m) return m[1].trim();
  }
  throw new Error(`no message ${id} in ${locale}`);
}
