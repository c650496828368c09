// The Cytoscape stylesheet: shape and colour by actor kind, colour, line style and arrow by
// relation type (read from element data), and the classes the adapter applies.
import type { StylesheetJsonBlock, StylesheetStyle } from 'cytoscape';
import { DARK_BACKGROUND, DARK_FADED } from '../model/contrast';

type Style = StylesheetStyle['style'];

export interface GraphPalette {
  readonly text: string;
  readonly textOutline: string;
  readonly nodeBorder: string;
  readonly selection: string;
  readonly background: string;
  /** Which colour of a relation's data its line takes (elements.ts: `darkColor` for dark). */
  readonly lineColor: 'data(color)' | 'data(darkColor)';
  /** How faded actors and relations look: both, then actors and relations on top (if any). */
  readonly faded: { readonly all: Style; readonly node?: Style; readonly edge?: Style };
}

/** Faded by transparency: light backgrounds keep the colours' hue readable this way. */
const TRANSPARENT_FADE = { opacity: 0.15, 'text-opacity': 0 } as const;

export const LIGHT_PALETTE: GraphPalette = {
  text: '#1b1f24',
  textOutline: '#ffffff',
  nodeBorder: '#30363d',
  selection: '#0b57d0',
  background: '#ffffff',
  lineColor: 'data(color)',
  faded: { all: TRANSPARENT_FADE },
};

export const DARK_PALETTE: GraphPalette = {
  text: '#e6edf3',
  textOutline: '#0d1117',
  nodeBorder: '#c9d1d9',
  selection: '#58a6ff',
  background: DARK_BACKGROUND,
  // Lines lightened where needed to 3:1 on the canvas (docs/design.md §15).
  lineColor: 'data(darkColor)',
  // Faded in opaque greys of at least 3:1: on the dark canvas 15% opacity all but vanished.
  faded: {
    all: { 'text-opacity': 0 },
    node: { 'background-color': DARK_FADED.fill, 'border-color': DARK_FADED.line },
    edge: { 'line-color': DARK_FADED.line, 'target-arrow-color': DARK_FADED.line },
  },
};

/** Edge width by the number of sources (docs/design.md §14): 2 px for one, up to 9 px for six or more. */
const WIDTH_BY_SOURCES: StylesheetJsonBlock = {
  selector: 'edge[sources > 1]',
  style: { width: 'mapData(sources, 1, 6, 2, 9)' },
};

export function graphStylesheet(
  palette: GraphPalette,
  widthBySources = false,
): StylesheetJsonBlock[] {
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as never,
        'background-color': 'data(color)',
        'border-width': 1.5,
        'border-color': palette.nodeBorder,
        width: 34,
        height: 34,
        label: 'data(label)',
        color: palette.text,
        'font-size': 11,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-outline-color': palette.textOutline,
        'text-outline-width': 2,
        // Below this on-screen size labels are skipped: unreadable anyway, and costly to draw.
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': palette.lineColor,
        'line-style': 'data(lineStyle)' as never,
        'target-arrow-shape': 'data(arrow)' as never,
        'target-arrow-color': palette.lineColor,
        'arrow-scale': 1.1,
        'curve-style': 'bezier',
        'font-size': 10,
        color: palette.text,
        'text-outline-color': palette.textOutline,
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 8,
      },
    },
    ...(widthBySources ? [WIDTH_BY_SOURCES] : []),
    // "Size by" sets data.size on the nodes it sizes; the others keep the default.
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    {
      selector: ':parent',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0.07,
        'border-style': 'dashed',
        'border-width': 1.5,
        'border-color': 'data(color)',
        padding: '18px',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 'bold',
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: palette.faded.all },
    ...(palette.faded.node ? [{ selector: 'node.faded', style: palette.faded.node }] : []),
    ...(palette.faded.edge ? [{ selector: 'edge.faded', style: palette.faded.edge }] : []),
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': palette.selection },
    },
    {
      selector: 'edge.selected',
      style: { width: 4, label: 'data(label)' },
    },
    {
      selector: 'node.highlighted',
      style: { 'border-width': 3, 'border-color': palette.selection },
    },
    { selector: 'edge.highlighted', style: { width: 4, label: 'data(label)' } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.1 } },
  ];
}
