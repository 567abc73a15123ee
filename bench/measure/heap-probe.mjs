// Preloaded into each Node process of a measured build (NODE_OPTIONS=--import): prints at exit
// the V8 heap's peak, sampled every 100 ms, and, when the bench exposes `gc` (--live-heap), the
// heap still live after a full collection: the evidence for (or against) raising the heap limit.
// Plain JavaScript, since npm itself may run on an older Node.
import { getHeapStatistics } from 'node:v8';

const used = () => getHeapStatistics().used_heap_size;
const megabytes = (bytes) => Math.round(bytes / 2 ** 20);
let peak = 0;
setInterval(() => (peak = Math.max(peak, used())), 100).unref();
process.on('exit', () => {
  peak = Math.max(peak, used());
  const collect = globalThis.gc;
  const live = typeof collect === 'function' ? (collect(), `, live ${megabytes(used())} MB`) : '';
  const limit = megabytes(getHeapStatistics().heap_size_limit);
  process.stderr.write(`[bench] heap peak ${megabytes(peak)} MB${live} of ${limit} MB\n`);
});
