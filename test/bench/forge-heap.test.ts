/**
 * The engine bench runs with the V8 heap of the Forge function that runs the engine. The
 * heap limits below are what node reported here inside memory cgroups of those sizes,
 * where Node sized V8's heap from the container's memory itself.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { forgeMemoryMB, v8HeapFlagsFor } from '../../bench/forge-heap';

const heapLimitMB = (flags: string[]) => {
  const run = spawnSync(process.execPath, [...flags, '-p', "require('node:v8').getHeapStatistics().heap_size_limit / 1048576"], { encoding: 'utf8' });
  return Number(run.stdout.trim());
};

describe('the V8 heap of a Forge function', () => {
  test.each([
    [128, 259],
    [512, 259],
    [1024, 524],
    [4096, 2096],
  ])('a function of %i MB gets a heap limit of %i MB, as in a memory cgroup of that size', (memoryMB, limit) => {
    expect(heapLimitMB(v8HeapFlagsFor(memoryMB))).toBe(limit);
  });

  test('small functions get the smallest heap V8 makes, large ones no more than its largest semi-spaces', () => {
    expect(v8HeapFlagsFor(128)).toEqual(['--max-old-space-size=256', '--max-semi-space-size=1']);
    expect(v8HeapFlagsFor(4096)).toEqual(['--max-old-space-size=2048', '--max-semi-space-size=16']);
  });

  test("the bench reads the engine's function's memory from the manifest", () => {
    expect(forgeMemoryMB(join(__dirname, '..', '..'), 'resolver')).toBe(1024);
    expect(forgeMemoryMB(join(__dirname, '..', '..'), 'report-resolver')).toBe(512);
  });
});
