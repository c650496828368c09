import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { runnerImport } from 'vite';
cytoscape.use(fcose);
const R = '/work/wt-brief/';
const L = async (p) => (await runnerImport(R + p)).module;
const { centcomKh2024: d } = await L('graph-data/centcom-kh-2024.ts');
const { tidyNodes, tidyEdges, tidyShown } = await L('src/graph/tidy-positions.ts');
const { tidyQuality } = await L('src/model/layout-tidy.ts');
const { fcoseOptions } = await L('src/graph/fcose-options.ts');
const mk = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 34, height: 34 } }],
    elements: [
      ...d.actors.map((a) => ({ group: 'nodes', data: { id: a.id, label: a.name } })),
      ...d.relations.map((r) => ({
        group: 'edges',
        data: { id: r.id, source: r.source, target: r.target },
      })),
    ],
  });
const q = (cy) => {
  const n = tidyNodes(cy, 'estimate');
  return tidyQuality(
    n,
    n.map((x) => ({ x: x.x, y: x.y })),
    tidyEdges(cy),
  );
};
const variants = {
  app: fcoseOptions(),
  plain: { name: 'fcose', randomize: false, animate: false, fit: false },
  a: { ...fcoseOptions(), nodeDimensionsIncludeLabels: false },
  b: { ...fcoseOptions(), idealEdgeLength: () => 150, nodeRepulsion: () => 20000 },
  c: { ...fcoseOptions(), tile: false },
  d: { ...fcoseOptions(), numIter: 2500, idealEdgeLength: () => 80, nodeRepulsion: () => 4500 },
  e: { ...fcoseOptions(), quality: 'proof' },
  f: { ...fcoseOptions(), nodeDimensionsIncludeLabels: false, idealEdgeLength: () => 90 },
};
for (const [k, o] of Object.entries(variants)) {
  const cy = mk();
  cy.layout({ name: 'circle', animate: false, fit: false }).run();
  cy.layout(o).run();
  const before = q(cy);
  tidyShown(cy, 'estimate');
  const after = q(cy);
  console.log(k, 'fcose', JSON.stringify(before), '\n   tidy', JSON.stringify(after));
}
console.log(d.actors.length, d.relations.length, d.actors.map((a) => a.id).join(' '));
