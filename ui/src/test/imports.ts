// The UI's import graph, read from the sources with TypeScript's own
// pre-processor (so multi-line, type-only, re-exporting and dynamic imports
// all count), and a search for a loop in it.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Module (a path relative to the source root) → the modules it imports. */
export type Graph = Map<string, string[]>;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The graph of every `.ts` file under `root`. Only the project's own
 *  modules are nodes: packages and non-code files (CSS) cannot import back. */
export function importGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const file of sources(root)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const deps = importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith("./") || spec.startsWith("../"))
      .map((spec) => path.resolve(path.dirname(file), spec))
      .flatMap((base) => [`${base}.ts`, path.join(base, "index.ts"), base].filter((c) => fs.existsSync(c) && c.endsWith(".ts")).slice(0, 1))
      .map((dep) => path.relative(root, dep));
    graph.set(path.relative(root, file), [...new Set(deps)]);
  }
  return graph;
}

/** One loop in `graph`, as the path that closes it (`[a, b, a]`), or null. */
export function findCycle(graph: Graph): string[] | null {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string): string[] | null => {
    const at = onPath.indexOf(node);
    if (at >= 0) return [...onPath.slice(at), node];
    if (done.has(node)) return null;
    onPath.push(node);
    for (const dep of graph.get(node) ?? []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(node);
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
