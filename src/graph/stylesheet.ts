// The Cytoscape stylesheet: shape and colour by actor kind, colour, line style and arrow by
// relation type (read from element data), and the classes the adapter applies.
import type { StylesheetJsonBlock } from 'cytoscape';

export interface GraphPalette {
  readonly text: string;
  readonly textOutline: string;
  readonly nodeBorder: string;
  readonly selection: string;
  readonly background: string;
}

export const LIGHT_PALETTE: GraphPalette = {
  text: '#1b1f24',
  textOutline: '#ffffff',
  nodeBorder: '#30363d',
  selection: '#0b57d0',
  background: '#ffffff',
};

export const DARK_PALETTE: GraphPalette = {
  text: '#e6edf3',
  textOutline: '#0d1117',
  nodeBorder: '#c9d1d9',
  selection: '#58a6ff',
  background: '#0d1117',
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
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as never,
        'target-arrow-shape': 'data(arrow)' as never,
        'target-arrow-color': 'data(color)',
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
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
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
