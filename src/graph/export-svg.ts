// SVG export (docs/design.md §7): the drawn graph as vector shapes with real <text> labels, read from
// Cytoscape's computed styles and positions, plus the same legend and caption band as the PNG.
// Written by hand rather than through a canvas-to-SVG shim: every label stays one <text>, and the
// output is plain, valid XML that Inkscape, Illustrator and browsers all read.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
  CAPTION_STYLE,
  estimateText,
  layoutCaption,
  symbolWidth,
  wrapText,
  type CaptionLayout,
  type MeasureText,
} from '../model/caption-layout';
import { dashFor, drawNodeShape } from './draw-legend';
import type { CaptionContent, ImageExportOptions } from './export-image';

export interface SvgExportResult {
  readonly blob: Blob;
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** A node as drawn: model coordinates, computed colours. */
export interface SvgNode {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly shape: string;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeDash: readonly number[];
  readonly opacity: number;
  readonly label: string;
  readonly labelAbove: boolean;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly textColor: string;
  readonly textOutline: string;
  readonly textOpacity: number;
  /** Compound parents are drawn as boxes behind the others. */
  readonly isParent: boolean;
}

export interface SvgEdge {
  /** Points of the path: source endpoint, control points (quadratic bezier) or segment corners, target endpoint. */
  readonly points: readonly { x: number; y: number }[];
  readonly curve: 'straight' | 'bezier' | 'segments';
  readonly color: string;
  readonly width: number;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
  readonly arrow: boolean;
  readonly arrowScale: number;
  readonly opacity: number;
  readonly label: string;
  readonly labelAt: { x: number; y: number };
  readonly fontSize: number;
  readonly textColor: string;
  readonly textOutline: string;
}

export interface SvgScene {
  /** The part of the model plane exported. */
  readonly box: { x: number; y: number; w: number; h: number };
  readonly nodes: readonly SvgNode[];
  readonly edges: readonly SvgEdge[];
  readonly fontFamily: string;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const TEXT_COLOR = CAPTION_STYLE.textColor;
/** Margin around the drawing, in 1× pixels, as in the PNG export. */
const MARGIN = 24;
const LEGEND_MIN_WIDTH = 480;

// XML 1.0 forbids most control characters and lone surrogates even as references: drop them, so
// a hostile label can never make the file unreadable.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0');

/** Colours come from Cytoscape's computed style or our own palette; anything else is refused. */
const colour = (value: string, fallback: string): string =>
  /^(#[0-9a-f]{3,8}|rgba?\([\d.,\s%]+\)|[a-z]+)$/i.test(value.trim()) ? value.trim() : fallback;

/** An SVG path `d` for a node shape, from the same outlines the legend and PNG export draw. */
export function shapePath(shape: string, x: number, y: number, w: number, h: number): string {
  const parts: string[] = [];
  // drawNodeShape draws into a square of radius r; scale y so the outline fills w × h.
  const r = w / 2;
  const sy = h / w || 1;
  const p = (px: number, py: number) => `${num(px)} ${num(y + (py - y) * sy)}`;
  const recorder = {
    beginPath() {},
    closePath: () => parts.push('Z'),
    moveTo: (px: number, py: number) => parts.push(`M${p(px, py)}`),
    lineTo: (px: number, py: number) => parts.push(`L${p(px, py)}`),
    rect: (rx: number, ry: number, rw: number, rh: number) =>
      parts.push(`M${p(rx, ry)}L${p(rx + rw, ry)}L${p(rx + rw, ry + rh)}L${p(rx, ry + rh)}Z`),
    roundRect(rx: number, ry: number, rw: number, rh: number, rad: number) {
      const k = Math.min(rad, rw / 2, rh / 2);
      const ky = k * sy;
      parts.push(
        `M${p(rx + k, ry)}L${p(rx + rw - k, ry)}` +
          `A${num(k)} ${num(ky)} 0 0 1 ${p(rx + rw, ry + k)}L${p(rx + rw, ry + rh - k)}` +
          `A${num(k)} ${num(ky)} 0 0 1 ${p(rx + rw - k, ry + rh)}L${p(rx + k, ry + rh)}` +
          `A${num(k)} ${num(ky)} 0 0 1 ${p(rx, ry + rh - k)}L${p(rx, ry + k)}` +
          `A${num(k)} ${num(ky)} 0 0 1 ${p(rx + k, ry)}Z`,
      );
    },
    arc(cx: number, cyy: number, rad: number) {
      const ry = rad * sy;
      parts.push(
        `M${num(cx - rad)} ${num(cyy)}A${num(rad)} ${num(ry)} 0 1 0 ${num(cx + rad)} ${num(cyy)}` +
          `A${num(rad)} ${num(ry)} 0 1 0 ${num(cx - rad)} ${num(cyy)}Z`,
      );
    },
  };
  drawNodeShape(recorder as unknown as CanvasRenderingContext2D, shape, x, y, r);
  return parts.join('');
}

/** Cytoscape's triangle arrow: its width grows with the edge width, never below 29 px × scale. */
function arrowHead(from: { x: number; y: number }, tip: { x: number; y: number }, e: SvgEdge) {
  const size = Math.max(Math.pow(e.width * 13.37, 0.9), 29) * e.arrowScale;
  const len = 0.3 * size;
  const half = 0.15 * size;
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const bx = tip.x - ux * len;
  const by = tip.y - uy * len;
  return `M${num(tip.x)} ${num(tip.y)}L${num(bx - uy * half)} ${num(by + ux * half)}L${num(bx + uy * half)} ${num(by - ux * half)}Z`;
}

function edgePath(e: SvgEdge): string {
  const [first, ...rest] = e.points;
  if (!first || rest.length === 0) return '';
  let d = `M${num(first.x)} ${num(first.y)}`;
  if (e.curve === 'bezier' && rest.length >= 2) {
    // Several control points make a chain of quadratic curves through their midpoints.
    const controls = rest.slice(0, -1);
    const end = rest[rest.length - 1]!;
    controls.forEach((c, i) => {
      const next = controls[i + 1];
      const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
      d += `Q${num(c.x)} ${num(c.y)} ${num(to.x)} ${num(to.y)}`;
    });
  } else {
    for (const q of rest) d += `L${num(q.x)} ${num(q.y)}`;
  }
  return d;
}

function textElement(
  lines: readonly string[],
  x: number,
  y: number,
  attrs: Record<string, string | number>,
  lineHeight: number,
): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : xmlText(v)}"`)
    .join('');
  const spans = lines
    .map(
      (l, i) => `<tspan x="${num(x)}" dy="${i === 0 ? 0 : num(lineHeight)}">${xmlText(l)}</tspan>`,
    )
    .join('');
  return `<text x="${num(x)}" y="${num(y)}"${a}>${spans}</text>`;
}

function nodeMarkup(n: SvgNode, measure: MeasureText): string {
  const out: string[] = [];
  const dash = n.strokeDash.length ? ` stroke-dasharray="${n.strokeDash.map(num).join(' ')}"` : '';
  const opacity = n.opacity < 1 ? ` opacity="${num(n.opacity)}"` : '';
  out.push(
    `<path d="${shapePath(n.shape, n.x, n.y, n.width, n.height)}" fill="${xmlText(colour(n.fill, '#bab0ac'))}"` +
      `${n.fillOpacity < 1 ? ` fill-opacity="${num(n.fillOpacity)}"` : ''}` +
      ` stroke="${xmlText(colour(n.stroke, '#30363d'))}" stroke-width="${num(n.strokeWidth)}"${dash}${opacity}/>`,
  );
  if (n.label && n.textOpacity > 0) {
    const lines = n.isParent
      ? [n.label]
      : wrapText(n.label, 110, n.fontSize, (t, s) => measure(t, s, n.fontWeight));
    const lineHeight = n.fontSize * 1.2;
    const y = n.labelAbove
      ? n.y - n.height / 2 - 4 - (lines.length - 1) * lineHeight
      : n.y + n.height / 2 + 4 + n.fontSize * 0.9;
    out.push(
      textElement(
        lines,
        n.x,
        y,
        {
          'text-anchor': 'middle',
          'font-size': n.fontSize,
          ...(n.fontWeight !== 'normal' ? { 'font-weight': n.fontWeight } : {}),
          fill: colour(n.textColor, TEXT_COLOR),
          stroke: colour(n.textOutline, '#ffffff'),
          'stroke-width': 2,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
          ...(n.opacity * n.textOpacity < 1 ? { opacity: n.opacity * n.textOpacity } : {}),
        },
        lineHeight,
      ),
    );
  }
  return out.join('');
}

function edgeMarkup(e: SvgEdge): string {
  const d = edgePath(e);
  if (!d) return '';
  const color = xmlText(colour(e.color, '#7f7f7f'));
  const dash = dashFor(e.lineStyle, e.width);
  const out = [
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${num(e.width)}"` +
      `${dash.length ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : ''}` +
      `${e.opacity < 1 ? ` opacity="${num(e.opacity)}"` : ''}/>`,
  ];
  if (e.arrow && e.points.length >= 2) {
    const tip = e.points[e.points.length - 1]!;
    const from = e.points[e.points.length - 2]!;
    out.push(
      `<path d="${arrowHead(from, tip, e)}" fill="${color}"${e.opacity < 1 ? ` opacity="${num(e.opacity)}"` : ''}/>`,
    );
  }
  if (e.label) {
    out.push(
      textElement(
        [e.label],
        e.labelAt.x,
        e.labelAt.y,
        {
          'text-anchor': 'middle',
          'dominant-baseline': 'middle',
          'font-size': e.fontSize,
          fill: colour(e.textColor, TEXT_COLOR),
          stroke: colour(e.textOutline, '#ffffff'),
          'stroke-width': 2,
          'paint-order': 'stroke',
        },
        e.fontSize,
      ),
    );
  }
  return out.join('');
}

/** The legend and caption band laid out by layoutCaption, as markup below the graph at `top`. */
function captionMarkup(band: CaptionLayout, top: number, width: number): string {
  const { pad, line, titleSize, legendSize, lineSize, textColor, mutedColor, ruleColor } =
    CAPTION_STYLE;
  const text = (
    lines: readonly string[],
    x: number,
    y: number,
    attrs: Record<string, string | number>,
  ) => textElement(lines, x, top + y, { ...attrs, 'dominant-baseline': 'middle' }, line);
  const items = band.legend.map((item) => {
    const y = top + item.y;
    const label = text([item.entry.label], item.x + symbolWidth(item.kind), item.y, {
      'font-size': legendSize,
      fill: textColor,
    });
    if (item.kind === 'node') {
      const kind = item.entry;
      return (
        `<g><path d="${shapePath(kind.shape, item.x + 7, y, 12, 12)}" fill="${xmlText(colour(kind.color, '#bab0ac'))}" stroke="#30363d"/>` +
        `${label}</g>`
      );
    }
    const type = item.entry;
    const color = xmlText(colour(type.color, '#7f7f7f'));
    const dash = dashFor(type.lineStyle, 2);
    const x2 = item.x + 26;
    return (
      `<g><line x1="${num(item.x)}" y1="${num(y)}" x2="${num(type.directed ? x2 - 6 : x2)}" y2="${num(y)}" stroke="${color}" stroke-width="2"` +
      `${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>` +
      (type.directed
        ? `<path d="M${num(x2)} ${num(y)}L${num(x2 - 8)} ${num(y - 4.4)}L${num(x2 - 8)} ${num(y + 4.4)}Z" fill="${color}"/>`
        : '') +
      `${label}</g>`
    );
  });
  return [
    `<line x1="${pad}" y1="${num(top + 0.5)}" x2="${num(width - pad)}" y2="${num(top + 0.5)}" stroke="${ruleColor}"/>`,
    text([band.title.text], band.title.x, band.title.y, {
      'font-size': titleSize,
      'font-weight': 600,
      fill: textColor,
    }),
    `<g class="legend">${items.join('')}</g>`,
    band.lines.length > 0
      ? text(
          band.lines.map((l) => l.text),
          band.lines[0]!.x,
          band.lines[0]!.y,
          { 'font-size': lineSize, fill: mutedColor },
        )
      : '',
  ].join('');
}

/** The SVG document of a scene: graph, then (optionally) the legend and caption below it. */
export function sceneToSvg(
  scene: SvgScene,
  options: ImageExportOptions,
  caption: CaptionContent,
  measure: MeasureText = estimateText,
): { text: string; width: number; height: number } {
  const graphW = Math.max(1, scene.box.w) + 2 * MARGIN;
  const graphH = Math.max(1, scene.box.h) + 2 * MARGIN;
  const width = Math.max(graphW, options.includeLegend ? LEGEND_MIN_WIDTH : 0);
  // The graph is centred when the legend makes the picture wider than the graph.
  const dx = (width - graphW) / 2 + MARGIN - scene.box.x;
  const dy = MARGIN - scene.box.y;
  const band = options.includeLegend ? layoutCaption(caption, width, measure) : null;
  const height = graphH + (band?.height ?? 0);
  const k = options.scale;
  const parents = scene.nodes.filter((n) => n.isParent);
  const leaves = scene.nodes.filter((n) => !n.isParent);
  const body = [
    options.background === 'white'
      ? `<rect width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`
      : '',
    // Clip to the exported box: with scope "current view" shapes cross its edge.
    `<clipPath id="graph-area"><rect x="${num(scene.box.x - MARGIN)}" y="${num(scene.box.y - MARGIN)}" width="${num(graphW)}" height="${num(graphH)}"/></clipPath>`,
    `<g class="graph" transform="translate(${num(dx)} ${num(dy)})" clip-path="url(#graph-area)">`,
    `<g class="groups">${parents.map((n) => nodeMarkup(n, measure)).join('')}</g>`,
    `<g class="edges">${scene.edges.map(edgeMarkup).join('')}</g>`,
    `<g class="nodes">${leaves.map((n) => nodeMarkup(n, measure)).join('')}</g>`,
    '</g>',
    band ? `<g class="caption">${captionMarkup(band, graphH, width)}</g>` : '',
  ].join('');
  const text =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width * k)}" height="${num(height * k)}"` +
    ` viewBox="0 0 ${num(width)} ${num(height)}" font-family="${xmlText(scene.fontFamily)}">` +
    `<title>${xmlText(caption.title)}</title>${body}</svg>\n`;
  return { text, width: Math.round(width * k), height: Math.round(height * k) };
}

const px = (value: unknown, fallback: number): number => {
  const n = parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

function nodeOf(n: NodeSingular): SvgNode {
  const parent = n.isParent();
  const bb = parent ? n.boundingBox({ includeLabels: false, includeOverlays: false }) : null;
  const pos = parent && bb ? { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 } : n.position();
  const borderStyle = String(n.style('border-style'));
  const borderWidth = px(n.style('border-width'), 1.5);
  return {
    x: pos.x,
    y: pos.y,
    width: bb ? bb.w - borderWidth : n.width(),
    height: bb ? bb.h - borderWidth : n.height(),
    shape: String(n.style('shape')),
    fill: String(n.style('background-color')),
    fillOpacity: px(n.style('background-opacity'), 1),
    stroke: String(n.style('border-color')),
    strokeWidth: borderWidth,
    strokeDash: borderStyle === 'dashed' ? [6, 4] : borderStyle === 'dotted' ? [2, 3] : [],
    opacity: px(n.style('opacity'), 1),
    label: String(n.style('label') ?? ''),
    labelAbove: String(n.style('text-valign')) === 'top',
    fontSize: px(n.style('font-size'), 11),
    fontWeight: String(n.style('font-weight') || 'normal'),
    textColor: String(n.style('color')),
    textOutline: String(n.style('text-outline-color')),
    textOpacity: px(n.style('text-opacity'), 1),
    isParent: parent,
  };
}

function edgeOf(e: EdgeSingular): SvgEdge | null {
  const curveStyle = String(e.style('curve-style'));
  const source = e.sourceEndpoint();
  const target = e.targetEndpoint();
  if (!source || !target) return null;
  let middle: { x: number; y: number }[] = [];
  let curve: SvgEdge['curve'] = 'straight';
  if (curveStyle === 'segments' || curveStyle === 'taxi') {
    middle = e.segmentPoints() ?? [];
    curve = 'segments';
  } else if (curveStyle !== 'haystack' && curveStyle !== 'straight') {
    middle = e.controlPoints() ?? [];
    curve = middle.length > 0 ? 'bezier' : 'straight';
  }
  const lineStyle = String(e.style('line-style'));
  return {
    points: [source, ...middle, target],
    curve,
    color: String(e.style('line-color')),
    width: px(e.style('width'), 2),
    lineStyle: lineStyle === 'dashed' || lineStyle === 'dotted' ? lineStyle : 'solid',
    arrow: String(e.style('target-arrow-shape')) !== 'none',
    arrowScale: px(e.style('arrow-scale'), 1),
    opacity: px(e.style('opacity'), 1),
    label: String(e.style('label') ?? ''),
    labelAt: e.midpoint(),
    fontSize: px(e.style('font-size'), 10),
    textColor: String(e.style('color')),
    textOutline: String(e.style('text-outline-color')),
  };
}

/** What Cytoscape draws now, in model coordinates: the whole graph or the current view. */
export function sceneOf(cy: Core, scope: ImageExportOptions['scope']): SvgScene {
  const shown = cy.elements(':visible');
  const bb =
    scope === 'view'
      ? cy.extent()
      : shown.boundingBox({ includeLabels: true, includeOverlays: false });
  const nodes: SvgNode[] = [];
  shown.nodes().forEach((n) => {
    nodes.push(nodeOf(n));
  });
  const edges: SvgEdge[] = [];
  shown.edges().forEach((e) => {
    const edge = edgeOf(e);
    if (edge) edges.push(edge);
  });
  return {
    box: { x: bb.x1, y: bb.y1, w: bb.w, h: bb.h },
    nodes,
    edges,
    fontFamily: FONT_FAMILY,
  };
}

function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateText;
  return (text, fontSize, weight = '400') => {
    ctx.font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** Export what Cytoscape shows as an SVG file. */
export function exportSvg(
  cy: Core,
  options: ImageExportOptions,
  caption: CaptionContent,
): SvgExportResult {
  const scene = sceneOf(cy, options.scope);
  if (scene.nodes.length === 0) throw new Error('Nothing is shown: there is nothing to export.');
  const { text, width, height } = sceneToSvg(scene, options, caption, canvasMeasure());
  return { blob: new Blob([text], { type: 'image/svg+xml' }), text, width, height };
}
