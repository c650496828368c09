// The benchmark's baseline (docs/design.md §10): the same elements and stylesheet as the app, in Cytoscape
// with its default options and no level of detail, doing the same work when the runner asks.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset } from '../../graph-data/schema';
import { datasetElements } from '../../src/graph/elements';
import { fcoseOptions } from '../../src/graph/fcose-options';
import { graphStylesheet, LIGHT_PALETTE } from '../../src/graph/stylesheet';
import { vocabularyOf } from '../../src/model/vocabulary';

cytoscape.use(fcose);

/** The app's own size threshold: below it, it lays the graph out with fcose before painting. */
const SMALL = 1500;

/** Resolves on the first frame shown after Cytoscape's next render. */
function nextPaint(cy: Core): Promise<number> {
  return new Promise((resolve) => {
    cy.one('render', () => requestAnimationFrame(() => resolve(performance.now())));
  });
}

async function start() {
  const params = new URLSearchParams(location.search);
  const param = params.get('data') ?? '';
  // The runner sizes this canvas like the app's graph panel, so both fill the same pixels.
  const container = document.getElementById('cy')!;
  if (params.get('w')) container.style.width = `${params.get('w')}px`;
  if (params.get('h')) container.style.height = `${params.get('h')}px`;
  const dataset = (await (await fetch(param)).json()) as Dataset;
  const elements = datasetElements(dataset, vocabularyOf(dataset));
  const small = elements.length <= SMALL;
  const cy = cytoscape({
    container,
    elements,
    style: graphStylesheet(LIGHT_PALETTE),
    // Cytoscape's default: a layout frames what it placed.
    layout: small
      ? ({ ...fcoseOptions(), fit: true } as LayoutOptions)
      : ({ name: 'grid' } as LayoutOptions),
  });
  await nextPaint(cy);
  performance.mark('plain:painted');

  const api = {
    cy,
    /** Show or hide one relation type, as the app's filter does; ms to the painted frame. */
    async toggleType(type: string): Promise<number> {
      const t0 = performance.now();
      const edges = cy.edges(`[type = "${type}"]`);
      const painted = nextPaint(cy);
      cy.batch(() => edges.toggleClass('hidden'));
      return (await painted) - t0;
    },
    /**
     * A PNG of the whole graph with as many pixels as the app's `width` × `height` image; ms until
     * the blob exists. Cytoscape's full export takes the graph's proportions, and the app's image
     * adds margins and a legend band, so the scale is chosen for the same pixel count (fitting the
     * graph inside width × height instead left the plain page about 28 % fewer pixels to encode).
     */
    async exportPng(width: number, height: number) {
      const t0 = performance.now();
      const bb = cy.elements(':visible').boundingBox({});
      const scale = Math.sqrt((width * height) / (bb.w * bb.h));
      const blob = (await cy.png({
        output: 'blob-promise',
        full: true,
        scale,
        bg: '#ffffff',
      })) as Blob;
      const ms = performance.now() - t0;
      const image = await createImageBitmap(blob);
      const size = { ms, bytes: blob.size, width: image.width, height: image.height };
      image.close();
      return size;
    },
    /** Set one node's label, as the app's rename does; ms to the painted frame. */
    async rename(id: string, label: string): Promise<number> {
      const t0 = performance.now();
      const painted = nextPaint(cy);
      cy.getElementById(id).data('label', label);
      return (await painted) - t0;
    },
    /** Add an edge between two nodes, then remove it; ms to the painted frame of each. */
    async addAndRemove(source: string, target: string): Promise<number[]> {
      const t0 = performance.now();
      let painted = nextPaint(cy);
      const edge = cy.add({
        group: 'edges',
        data: { id: 'bench-edit', source, target, type: 'attacked', arrow: 'triangle' },
      });
      const added = (await painted) - t0;
      await new Promise((r) => setTimeout(r, 300));
      const t1 = performance.now();
      painted = nextPaint(cy);
      edge.remove();
      return [added, (await painted) - t1];
    },
    /**
     * fcose over the whole graph, on this page's thread; ms until its positions are painted. The
     * same work as the app's "Re-run layout": on a small graph it starts from the circle the app
     * starts from (starting from the positions already on screen, which fcose has just settled,
     * it would have next to nothing left to do); a large graph's draft starts from random places.
     */
    async fcose(): Promise<number> {
      const t0 = performance.now();
      const options = { ...fcoseOptions(!small), fit: true } as LayoutOptions;
      if (small) cy.layout({ name: 'circle', animate: false, fit: false } as LayoutOptions).run();
      const painted = new Promise<number>((resolve) =>
        cy.one('layoutstop', () => resolve(nextPaint(cy))),
      );
      // The options the app uses for a graph of this size (its worker runs the same).
      cy.layout(options).run();
      return (await painted) - t0;
    },
  };
  Object.assign(window, { plain: api });
}

void start();
