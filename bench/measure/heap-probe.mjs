// Preloaded into each Node process of a measured build (NODE_OPTIONS=--import): samples the
// V8 heap every 100 ms and prints its peak at exit, the evidence for (or against) raising the
// heap limit. Plain JavaScript, since npm itself may run on an older Node.
import { getHeapStatistics } from 'node:v8';

let peak = 0;
const sample = () => (peak = Math.max(peak, getHeapStatistics().used_heap_size));
setInterval(sample, 100).unref();
process.on('exit', () => {
  sample();
  const megabytes = (bytes) => Math.round(bytes / 2 ** 20);
  const limit = getHeapStatistics().heap_size_limit;
  process.stderr.write(`[bench] heap peak ${megabytes(peak)} MB of ${megabytes(limit)} MB\n`);
});
