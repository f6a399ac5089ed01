/**
 * The V8 heap a Forge function gets. Node sizes V8's heap from the memory it may use
 * (`process.constrainedMemory()`, the container's limit), not from a flag: a function of
 * 1024 MB runs with an old space of 512 MB and 4 MB semi-spaces, one of 512 MB (Forge's
 * default) with 256 MB and 1 MB, where this 24 GB machine gives 16 MB semi-spaces (a young
 * generation of 32 MB that no Forge function has). Checked here by running node in memory
 * cgroups of 512 and 1024 MB: heap_size_limit 259 and 524 MB, as with the flags below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FORGE_DEFAULT_MEMORY_MB = 512;

interface Manifest {
  app?: { runtime?: { memoryMB?: number } };
  modules?: { function?: Array<{ key: string; runtime?: { memoryMB?: number } }> };
}

/** The memory the manifest gives function `key` (its own, else the app's), or Forge's default. */
export function forgeMemoryMB(root: string, key: string): number {
  const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as Manifest;
  const fn = manifest.modules?.function?.find((f) => f.key === key);
  return fn?.runtime?.memoryMB ?? manifest.app?.runtime?.memoryMB ?? FORGE_DEFAULT_MEMORY_MB;
}

/**
 * V8's own sizing for that much memory (Heap::HeapSizeFromPhysicalMemory on 64-bit without
 * pointer compression, as Node builds it): old space half the memory, at least 256 MB; each
 * semi-space 1/256 of an old space of up to 256 MB and 1/128 above, between 1 and 16 MB.
 */
export function v8HeapFlagsFor(memoryMB: number): string[] {
  const oldSpace = Math.max(256, Math.floor(memoryMB / 2));
  const semiSpace = Math.min(16, Math.max(1, Math.floor(oldSpace / (oldSpace <= 256 ? 256 : 128))));
  return [`--max-old-space-size=${oldSpace}`, `--max-semi-space-size=${semiSpace}`];
}
