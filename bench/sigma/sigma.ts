// The benchmark's second peer (docs/design.md §10): the renderer most often picked for large graphs
// in the browser, sigma.js 3 over graphology, with sigma's default settings, the same data on the
// same starting grid as the plain page, and one edgeReducer for the filter. WebGL: in software
// (SwiftShader) where there is no GPU, as on the benchmark's machine.
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import type { Dataset } from '../../graph-data/schema';
import { datasetElements } from '../../src/graph/elements';
import { vocabularyOf } from '../../src/model/vocabulary';

/** Resolves on the first frame shown after sigma's next drawing. */
function nextPaint(renderer: Sigma): Promise<number> {
  return new Promise((resolve) => {
    renderer.once('afterRender', () => requestAnimationFrame(() => resolve(performance.now())));
  });
}

async function start() {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('cy')!;
  if (params.get('w')) container.style.width = `${params.get('w')}px`;
  if (params.get('h')) container.style.height = `${params.get('h')}px`;
  const dataset = (await (await fetch(params.get('data') ?? '')).json()) as Dataset;
  // The plain page's elements (colours, the grid a large graph starts on), as a graphology graph.
  const graph = new MultiGraph();
  for (const el of datasetElements(dataset, vocabularyOf(dataset))) {
    const d = el.data as Record<string, string>;
    if (el.group === 'nodes') {
      graph.addNode(d.id, { ...el.position, size: 4, color: d.color, label: d.label });
    } else {
      graph.addEdgeWithKey(d.id, d.source, d.target, {
        color: d.color,
        type: 'line',
        kind: d.type,
      });
    }
  }
  const hidden = new Set<string>();
  const reducers = {
    edgeReducer: (_: string, attrs: Record<string, unknown>) =>
      hidden.has(attrs.kind as string) ? { ...attrs, hidden: true } : attrs,
  };
  // Sigma draws once as it is created: its picture is shown at the next animation frame.
  const renderer = new Sigma(graph, container, reducers);
  await new Promise((r) => requestAnimationFrame(r));
  performance.mark('plain:painted');

  const api = {
    /** Show or hide one relation type through the edgeReducer; ms to the painted frame. */
    async toggleType(type: string): Promise<number> {
      const t0 = performance.now();
      const paint = nextPaint(renderer);
      if (hidden.has(type)) hidden.delete(type);
      else hidden.add(type);
      renderer.refresh();
      return (await paint) - t0;
    },
    /**
     * A PNG of the whole graph at `width` × `height` pixels (the app's image size): a second
     * sigma of that size draws it, its layers are drawn onto one canvas over white, and the
     * time is taken when the blob exists (as @sigma/export-image does it).
     */
    async exportPng(width: number, height: number) {
      const t0 = performance.now();
      const box = document.createElement('div');
      box.style.cssText = `position:absolute;left:-${width + 10}px;top:0;width:${width}px;height:${height}px`;
      document.body.append(box);
      const copy = new Sigma(graph, box, reducers);
      copy.refresh();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      for (const layer of Object.values(copy.getCanvases())) {
        context.drawImage(layer, 0, 0, width, height);
      }
      copy.kill();
      box.remove();
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
      );
      const ms = performance.now() - t0;
      const image = await createImageBitmap(blob);
      const size = { ms, bytes: blob.size, width: image.width, height: image.height };
      image.close();
      return size;
    },
  };
  Object.assign(window, { plain: api, sigma: renderer });
}

void start();
