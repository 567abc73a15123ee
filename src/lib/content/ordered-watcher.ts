import { withMethod } from './method-view.ts';

type Listener = (path: string, ...rest: unknown[]) => unknown;

/** The part of a file watcher a content loader uses: it listens for its paths' events. */
export interface PathWatcher {
  on(event: string, listener: Listener): unknown;
}

export interface SaveOrder {
  /** What identifies a file's current content cheaply (its modification time and size), `undefined` once gone. */
  version: (path: string) => string | undefined;
  /** How long after a change was handled to look again for a save the watcher did not report. */
  settleMs: number;
}

/**
 * A view of `watcher` whose listeners see each file's saves one at a time, in order, and none missed.
 *
 * Astro's glob loader reads a changed file, then parses it asynchronously before storing it: two
 * saves in quick succession (a mistake and its fix) would race, and the first save's entry, stored
 * last, would stay. And the watcher (chokidar) reports no second change of a file within 50 ms of
 * the first, so a quick fix was not seen at all: after handling a change, the file is looked at
 * again once that window has passed, and handled again if it changed meanwhile.
 */
export function orderedByPath<W extends PathWatcher>(watcher: W, { version, settleMs }: SaveOrder): W {
  const pending = new Map<string, Promise<unknown>>();
  const inTurn = (event: string, listener: Listener): Listener => {
    const handle: Listener = (path, ...rest) => {
      let seen: string | undefined;
      const turn = (pending.get(path) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => {
          seen = version(path);
          return listener(path, ...rest);
        });
      pending.set(path, turn);
      const settle = () => {
        // A later event of this file is in line, and will look again itself.
        if (pending.get(path) !== turn) return;
        pending.delete(path);
        if (event !== 'change') return;
        const again = setTimeout(() => {
          if (!pending.has(path) && version(path) !== seen) void handle(path, ...rest);
        }, settleMs);
        again.unref?.();
      };
      turn.then(settle, settle);
      // A failure stays the listener's own, as without this view; the next event still runs.
      return turn;
    };
    return handle;
  };
  const view: W = withMethod(watcher, 'on', (event: string, listener: Listener) => {
    watcher.on(event, inTurn(event, listener));
    return view;
  });
  return view;
}
