import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Every TypeScript module of the site, and the site modules each one imports (relative imports only). */
function importGraph(): Map<string, string[]> {
  const modules = globSync('src/**/*.ts');
  const graph = new Map<string, string[]>();
  for (const file of modules) {
    const text = readFileSync(file, 'utf8');
    const imported = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm)]
      .map(([, spec = '']) => normalize(join(dirname(file), spec)))
      .filter((path) => modules.includes(path));
    graph.set(file, imported);
  }
  return graph;
}

/** The first import cycle found, as the chain of files that closes it. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (file: string, chain: string[]): string[] | undefined => {
    if (chain.includes(file)) return [...chain.slice(chain.indexOf(file)), file];
    if (done.has(file)) return undefined;
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next, [...chain, file]);
      if (cycle) return cycle;
    }
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the source tree', () => {
  test('has no import cycles', () => {
    expect(findCycle(importGraph())).toBeUndefined();
  });

  test('has no barrel files: every module is imported by its own name', () => {
    expect(globSync('src/**/index.ts')).toEqual([]);
  });

  test('has a unit test at the mirrored path of every module of the pure core that has logic', () => {
    const hasLogic = (file: string) => /^export (?:async )?function |^export class /m.test(readFileSync(file, 'utf8'));
    const testOf = (file: string) => file.replace(/^src\/lib\//, 'tests/unit/').replace(/\.ts$/, '.test.ts');
    const untested = globSync('src/lib/**/*.ts').filter((file) => hasLogic(file) && !existsSync(testOf(file)));
    expect(untested).toEqual([]);
  });
});
