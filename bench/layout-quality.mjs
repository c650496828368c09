// Layout quality for `npm run bench` (docs/design.md §15): the built-in dataset and each example
// file in public/examples, laid out headless in Node by the app's default layout (fcose, then the
// tidy pass) and by plain fcose (its own defaults, from the same circle), counted by
// src/model/layout-quality.ts. Label boxes are estimated here (no canvas); the browser test
// measures the drawn ones. Run alone: `node bench/layout-quality.mjs`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { runnerImport } from 'vite';

cytoscape.use(fcose);

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const load = async (path) => (await runnerImport(join(ROOT, path))).module;

/** The datasets measured: the built-in one, then every example file that opens as a dataset. */
async function datasets() {
  const { centcomKh2024 } = await load('graph-data/centcom-kh-2024.ts');
  const { importBytes, isWorkbook } = await load('src/model/import/detect.ts');
  // The workbook reader is imported on its own: the app loads it lazily, which a module runner
  // closed after import cannot do.
  const { importWorkbook } = await load('src/model/import/xlsx.ts');
  const out = [['built-in', centcomKh2024]];
  const dir = join(ROOT, 'public/examples');
  for (const name of readdirSync(dir).sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const read = isWorkbook(name, bytes) ? importWorkbook : importBytes;
    const result = await read(name, bytes);
    if (result.ok) out.push([name, result.dataset]);
  }
  return out;
}

/** A headless instance with the stylesheet's node size, every actor at (0, 0). */
function headless(dataset) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 34, height: 34 } }],
    elements: [
      ...dataset.actors.map((a) => ({ group: 'nodes', data: { id: a.id, label: a.name } })),
      ...dataset.relations.map((r) => ({
        group: 'edges',
        data: { id: r.id, source: r.source, target: r.target },
      })),
    ],
  });
}

/** Rows of counts: per dataset, the app's default layout and plain fcose. */
export async function layoutQualityRows() {
  const { defaultLayout, tidyNodes, tidyEdges } = await load('src/graph/tidy-positions.ts');
  const { tidyQuality } = await load('src/model/layout-tidy.ts');
  const rows = [];
  for (const [name, dataset] of await datasets()) {
    for (const side of ['app', 'plain']) {
      const cy = headless(dataset);
      const t0 = performance.now();
      if (side === 'app') defaultLayout(cy, 'estimate');
      else {
        cy.layout({ name: 'circle', animate: false, fit: false }).run();
        cy.layout({ name: 'fcose', randomize: false, animate: false, fit: false }).run();
      }
      const ms = performance.now() - t0;
      const nodes = tidyNodes(cy, 'estimate');
      const counts = tidyQuality(
        nodes,
        nodes.map((n) => ({ x: n.x, y: n.y })),
        tidyEdges(cy),
      );
      rows.push({
        scenario: 'layout-quality',
        dataset: name,
        side,
        actors: nodes.length,
        ms,
        ...counts,
      });
      cy.destroy();
    }
  }
  return rows;
}

export function printLayoutQuality(rows, log = console.log) {
  log('');
  log(
    'Layout quality (app: default layout; plain: fcose with its defaults; label boxes estimated)',
  );
  log(
    `${'dataset'.padEnd(28)} ${'layout'.padEnd(6)} ${'actors'.padStart(6)} ${'edge–node'.padStart(9)} ${'edge–label'.padStart(10)} ${'label–label'.padStart(11)} ${'label–node'.padStart(10)} ${'node–node'.padStart(9)} ${'crossings'.padStart(9)} ${'ms'.padStart(6)}`,
  );
  for (const r of rows) {
    log(
      `${r.dataset.padEnd(28)} ${r.side.padEnd(6)} ${String(r.actors).padStart(6)} ${String(r.edgeNode).padStart(9)} ${String(r.edgeLabel).padStart(10)} ${String(r.labelLabel).padStart(11)} ${String(r.labelNode).padStart(10)} ${String(r.nodeNode).padStart(9)} ${String(r.edgeCrossings).padStart(9)} ${r.ms.toFixed(0).padStart(6)}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printLayoutQuality(await layoutQualityRows());
}
