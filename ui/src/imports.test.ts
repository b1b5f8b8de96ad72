// No import loops in the UI (issue 20): the shell imports the screens, so a
// screen must never import the shell back; what both need lives in a module
// that imports no screen (alert.ts, disguise.ts, forms.ts, strings.ts...).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { findCycle, importGraph, type Graph } from "./test/imports";

const src = path.dirname(fileURLToPath(import.meta.url));

describe("the import graph", () => {
  test("has no loop", () => {
    const cycle = findCycle(importGraph(src));
    expect(cycle && `import loop: ${cycle.join(" → ")}`).toBeNull();
  });

  test("is read from the sources, shell and screens included", () => {
    const graph = importGraph(src);
    expect(graph.get("app.ts")).toEqual(expect.arrayContaining(["alert.ts", "views/diary/index.ts", "views/help.ts"]));
    expect(graph.get("views/diary/settings.ts")).toEqual(expect.arrayContaining(["alert.ts", "disguise.ts", "types.ts"]));
    // A dynamic import is an edge too.
    expect(graph.get("test/setup.ts")).toContain("app.ts");
  });

  test("a loop is found and named", () => {
    const graph: Graph = new Map([
      ["main.ts", ["app.ts"]],
      ["app.ts", ["views/diary.ts", "strings.ts"]],
      ["strings.ts", []],
      ["views/diary.ts", ["strings.ts", "app.ts"]],
    ]);
    expect(findCycle(graph)).toEqual(["app.ts", "views/diary.ts", "app.ts"]);
    expect(findCycle(new Map([["a.ts", ["a.ts"]]]))).toEqual(["a.ts", "a.ts"]);
    graph.set("views/diary.ts", ["strings.ts"]);
    expect(findCycle(graph)).toBeNull();
  });
});
