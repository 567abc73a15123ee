import { readdirSync, readFileSync } from 'node:fs';

/** The contents of a /proc file, or '' when the process has just exited. */
function readProc(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Parent of each running process, from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent) parents.set(Number(name), parent);
  }
  return parents;
}

/** The pid and every descendant of it. */
function processTree(root: number): number[] {
  const parents = parentsByPid();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

/** Resident memory of one process in bytes (VmRSS), 0 when it is gone. */
function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readProc(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

/**
 * The resident memory of a process and all its descendants, summed (shared pages count once
 * per process, as `ps` shows them). Linux only: elsewhere it reads 0 and the bench says so.
 */
export function treeResidentBytes(root: number): number {
  try {
    return processTree(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
  } catch {
    return 0;
  }
}
