/**
 * How much a user downloads before the macro (and the Handovers report) can draw: the JS
 * and CSS its index.html loads up front, raw and gzipped, plus the lazily loaded rest.
 * Reads the built bundles (`npm run build:ui`); prints figures, asserts nothing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function measure(kind: string): void {
  const dist = join(ROOT, 'static', kind, 'dist');
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    console.log(`${kind}: not built (run npm run build:ui)`);
    return;
  }
  const html = readFileSync(index, 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  let raw = 0;
  let gz = 0;
  for (const rel of initial) {
    const bytes = readFileSync(join(dist, rel));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const lazy = assets.filter((f) => !initial.includes(`assets/${f}`));
  const lazyRaw = lazy.reduce((sum, f) => sum + statSync(join(dist, 'assets', f)).size, 0);
  console.log(`${kind}: initial download ${kb(gz)} gzip (${kb(raw)} raw) in ${initial.length} files: ${initial.map((f) => f.replace('assets/', '')).join(', ')}`);
  console.log(`${kind}: ${lazy.length} lazy chunks (themes etc., loaded on demand) ${kb(lazyRaw)} raw`);
}

measure('macro');
measure('report');
