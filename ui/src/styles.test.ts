import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const css = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "styles.css"), "utf8");

test("the stylesheet uses only logical directions, so right-to-left mirrors", () => {
  const physical = css
    .split("\n")
    .map((line, i) => [i + 1, line.replace(/\/\*.*?\*\//g, "")] as const)
    .filter(([, line]) => /(^|[\s;{])(left|right|margin-left|margin-right|padding-left|padding-right|border-left|border-right|float)\s*:|text-align:\s*(left|right)/.test(line));
  expect(physical.map(([n, l]) => `styles.css:${n}: ${l.trim()}`)).toEqual([]);
});

test("touch targets are at least 48 px (3rem) and sizes follow the text size", () => {
  expect(css).toMatch(/--tap:\s*3rem/);
  expect(css).not.toMatch(/font-size:\s*\d+px/);
});
