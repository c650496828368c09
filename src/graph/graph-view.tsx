// The graph canvas: mounts Cytoscape once through react-cytoscapejs, hands it to the adapter, and
// exposes a small typed handle (fit, centre, export) instead of letting components touch `cy`.
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useAppStore } from '../store/app-store';
import { vocabularyFor } from '../store/derived';
import { GraphAdapter } from './adapter';
import { datasetElements } from './elements';
import {
  exportPng,
  type CaptionContent,
  type ImageExportOptions,
  type ImageExportResult,
} from './export-image';
import type { SvgExportResult } from './export-svg';
import { DARK_PALETTE, LIGHT_PALETTE, graphStylesheet } from './stylesheet';

cytoscape.use(fcose);

export interface GraphHandle {
  fit(): void;
  centerOn(id: string): void;
  exportPng(options: ImageExportOptions, caption: CaptionContent): Promise<ImageExportResult>;
  exportSvg(options: ImageExportOptions, caption: CaptionContent): Promise<SvgExportResult>;
}

// Stable props: react-cytoscapejs re-applies any prop whose identity changes.
const PRESET_LAYOUT = { name: 'preset', fit: false } as const;
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;

export const GraphView = forwardRef<GraphHandle, { dark: boolean }>(function GraphView(
  { dark },
  ref,
) {
  const dataset = useAppStore((s) => s.dataset);
  const elements = useMemo(() => datasetElements(dataset, vocabularyFor(dataset)), [dataset]);
  const stylesheet = useMemo(() => graphStylesheet(dark ? DARK_PALETTE : LIGHT_PALETTE), [dark]);
  const cyRef = useRef<Core | null>(null);
  const adapterRef = useRef<GraphAdapter | null>(null);

  // react-cytoscapejs calls this on every render: attach the adapter once per instance.
  const onCy = useRef((cy: Core) => {
    if (cyRef.current === cy) return;
    adapterRef.current?.destroy();
    cyRef.current = cy;
    adapterRef.current = new GraphAdapter(cy);
  }).current;

  // Runs after react-cytoscapejs has put the dataset's elements on the canvas.
  useEffect(() => {
    adapterRef.current?.elementsReady();
  }, [elements]);

  useEffect(
    () => () => {
      adapterRef.current?.destroy();
      adapterRef.current = null;
    },
    [],
  );

  useImperativeHandle(
    ref,
    () => ({
      fit() {
        cyRef.current?.fit(cyRef.current.elements(':visible'), 40);
      },
      centerOn(id) {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (!cy || !node || node.empty() || !node.visible()) return;
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
      },
      async exportPng(options, caption) {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not ready yet.');
        // Briefings are printed on white: draw dark-theme labels in light-theme colours for it.
        const swap = dark && options.background === 'white';
        if (swap) cy.style(graphStylesheet(LIGHT_PALETTE));
        try {
          return await exportPng(cy, options, caption);
        } finally {
          if (swap) cy.style(stylesheet);
        }
      },
      async exportSvg(options, caption) {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not ready yet.');
        const { exportSvg } = await import('./export-svg'); // rarely used: loaded on demand
        const swap = dark && options.background === 'white';
        if (swap) cy.style(graphStylesheet(LIGHT_PALETTE));
        try {
          return exportSvg(cy, options, caption);
        } finally {
          if (swap) cy.style(stylesheet);
        }
      },
    }),
    [dark, stylesheet],
  );

  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={stylesheet}
      layout={PRESET_LAYOUT}
      style={CANVAS_STYLE}
      cy={onCy}
      minZoom={0.05}
      maxZoom={4}
      autounselectify
      boxSelectionEnabled={false}
    />
  );
});
