/**
 * Work started ahead of the requests that will want it, a few at a time, in the order it was
 * scheduled. Astro renders a route's paths together, so the main thread would wait on each
 * share image in turn and then render pages while the drawing workers sat idle; with images
 * drawn ahead from the moment the routes are known, both run at once. Each item is keyed; a
 * request for an item still queued takes it out (it does the work itself), and a request for
 * an item in progress waits for it. Results are not kept here: the work stores them (the
 * image cache on disk), so memory stays flat however many items are scheduled.
 */
export interface LookAhead<T> {
  /** Queues items behind those already queued; an item already queued or started is not queued again. */
  schedule(items: Iterable<[key: string, item: T]>): void;
  /** Takes an item out of the queue, or waits for its work when it has started; a failure is left for the caller to meet again. */
  settle(key: string): Promise<void>;
}

export function createLookAhead<T>(work: (item: T) => Promise<void>, inFlight: number): LookAhead<T> {
  const queued = new Map<string, T>();
  const started = new Map<string, Promise<void>>();
  let running = 0;
  const pump = () => {
    for (const [key, item] of queued) {
      if (running >= inFlight) return;
      queued.delete(key);
      running++;
      const done = work(item)
        .catch(() => undefined)
        .finally(() => {
          running--;
          pump();
        });
      started.set(key, done);
    }
  };
  return {
    schedule(items) {
      for (const [key, item] of items) if (!started.has(key)) queued.set(key, item);
      pump();
    },
    async settle(key) {
      queued.delete(key);
      await started.get(key);
      started.delete(key);
    },
  };
}
