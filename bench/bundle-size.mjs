// The initial JavaScript of the built app (docs/design.md §10: at most 250 kB gzip): the scripts index.html
// loads or preloads, gzipped; chunks loaded later by import() are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_BUDGET = 250 * 1000;

export function bundleSize(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const initialFiles = initial.map((file) => ({ file, gzip: gz(file) }));
  const lazy = all.filter((f) => !initial.includes(f)).map((file) => ({ file, gzip: gz(file) }));
  return {
    initialGzip: initialFiles.reduce((sum, f) => sum + f.gzip, 0),
    initialFiles,
    lazy,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = bundleSize();
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  for (const f of size.initialFiles) console.log(`initial  ${kb(f.gzip).padStart(9)}  ${f.file}`);
  for (const f of size.lazy) console.log(`lazy     ${kb(f.gzip).padStart(9)}  ${f.file}`);
  const ok = size.initialGzip <= INITIAL_BUDGET;
  console.log(
    `initial JavaScript: ${kb(size.initialGzip)} gzip (budget ${kb(INITIAL_BUDGET)}): ${ok ? 'met' : 'MISSED'}`,
  );
  if (!ok) process.exitCode = 1;
}
