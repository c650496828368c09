// PNG export (docs/design.md §7): the graph drawn by Cytoscape's renderer at the chosen scale straight into
// one canvas, with a margin and an optional legend and caption band beneath, encoded once; clamped
// to the browser's canvas limits so it is never empty.
import type { Core } from 'cytoscape';
import type { CytoscapeInternal } from './cytoscape-internals';
import type { CaptionContent, ImageExportOptions, ImageExportResult } from './export-options';
import {
  CAPTION_STYLE,
  estimateText,
  layoutCaption,
  symbolWidth,
  type CaptionLayout,
  type MeasureText,
} from '../model/caption-layout';
import { drawEdgeSymbol, drawNodeShape } from './draw-legend';

export type {
  CaptionContent,
  ExportBackground,
  ExportScale,
  ExportScope,
  ImageExportOptions,
  ImageExportResult,
} from './export-options';
export { DEFAULT_IMAGE_EXPORT } from './export-options';

/**
 * Chromium refuses canvases over 32,767 px a side or about 268 M pixels in all and then draws
 * nothing; stay well inside both so the export is never blank.
 */
export const MAX_CANVAS_SIDE = 16384;
export const MAX_CANVAS_AREA = 16384 * 16384;

/** Margin around the drawing, in 1× pixels: Cytoscape's full export crops labels at the edge. */
const MARGIN = 24;

/** What of the graph is drawn: its model-space box and the transform from it to image pixels. */
interface GraphRegion {
  /** Size in pixels at scale 1. */
  readonly width: number;
  readonly height: number;
  /** Model coordinates of the image's top-left corner, and model units per 1× pixel. */
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** The whole graph (what is displayed) or the current viewport, as Cytoscape's `png` frames it. */
function graphRegion(cy: Core, options: ImageExportOptions): GraphRegion {
  if (options.scope === 'view') {
    const pan = cy.pan();
    const zoom = cy.zoom();
    return { width: cy.width(), height: cy.height(), x: -pan.x / zoom, y: -pan.y / zoom, zoom };
  }
  // The bounds Cytoscape's own full export uses; elements with display: none are left out.
  const bb = cy.elements().boundingBox();
  const empty = !Number.isFinite(bb.x1) || !Number.isFinite(bb.y1);
  return {
    width: empty ? 1 : Math.max(1, bb.w),
    height: empty ? 1 : Math.max(1, bb.h),
    x: empty ? 0 : bb.x1,
    y: empty ? 0 : bb.y1,
    zoom: 1,
  };
}

/**
 * The two methods of Cytoscape's canvas renderer that its `png` export draws with (see cytoscape's
 * `extensions/renderer/canvas/export-image.mjs`). Not public API, so checked before each use.
 */
interface ElementPainter {
  getCachedZSortedEles(): unknown;
  drawElements(ctx: CanvasRenderingContext2D, eles: unknown): void;
}

/**
 * ElementPainter and the collections' `updateStyle` (see withoutImageRestyles), checked against
 * the installed Cytoscape by tests/unit/cytoscape-internals.test.ts.
 */
export const EXPORT_IMAGE_INTERNALS: readonly CytoscapeInternal[] = [
  { host: 'renderer', path: 'getCachedZSortedEles', types: ['function'] },
  { host: 'renderer', path: 'drawElements', types: ['function'] },
  { host: 'collectionProto', path: 'updateStyle', types: ['function'] },
];

function elementPainter(cy: Core): ElementPainter | null {
  const renderer: unknown = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  const r = renderer as Partial<ElementPainter> | null | undefined;
  return r && typeof r.getCachedZSortedEles === 'function' && typeof r.drawElements === 'function'
    ? (r as ElementPainter)
    : null;
}

type UpdateStyle = (this: unknown, notifyRenderer?: boolean) => unknown;

/**
 * Run `draw` with Cytoscape's quiet restyles (`updateStyle(false)`) skipped. Its node drawing flips
 * a node's "backgrounding" flag twice per call when the node has no background image (the pass for
 * images over the border counts the default "inside" containment as an image done), and each flip
 * restyles the node from scratch: an export restyled every node it drew. Actor Graph's stylesheet
 * has no background images, and nothing else restyles quietly while drawing, so nothing is lost.
 */
function withoutImageRestyles(cy: Core, draw: () => void): void {
  const proto = Object.getPrototypeOf(cy.collection()) as { updateStyle?: UpdateStyle };
  const original = proto.updateStyle;
  if (typeof original !== 'function') return draw();
  proto.updateStyle = function (this: unknown, notifyRenderer?: boolean) {
    return notifyRenderer === false ? this : original.call(this, notifyRenderer);
  };
  try {
    draw();
  } finally {
    proto.updateStyle = original;
  }
}

/**
 * Draw the region at scale `k` into `ctx` with its top-left at (left, top): through the renderer's
 * element drawing, exactly what `cy.png` draws but with no canvas of its own, no clearing and no
 * PNG in between. Where the renderer is not Cytoscape's canvas one, `cy.png` and a decode instead.
 */
async function drawGraph(
  cy: Core,
  ctx: CanvasRenderingContext2D,
  region: GraphRegion,
  options: ImageExportOptions,
  k: number,
  left: number,
  top: number,
): Promise<void> {
  const painter = elementPainter(cy);
  if (painter) {
    ctx.save();
    ctx.translate(left, top);
    ctx.scale(k * region.zoom, k * region.zoom);
    ctx.translate(-region.x, -region.y);
    withoutImageRestyles(cy, () => painter.drawElements(ctx, painter.getCachedZSortedEles()));
    ctx.restore();
    return;
  }
  const png = (await cy.png({
    output: 'blob-promise',
    full: options.scope === 'whole',
    scale: k,
    maxWidth: MAX_CANVAS_SIDE,
    maxHeight: MAX_CANVAS_SIDE,
  })) as Blob;
  if (png.size === 0) throw new Error('The browser produced an empty image.');
  const bitmap = await createImageBitmap(png);
  ctx.drawImage(bitmap, left, top);
  bitmap.close();
}

/** One context kept for measuring legend labels, so an export creates no canvas just for that. */
let measuring: CanvasRenderingContext2D | null | undefined;
const CAPTION_FONT = 'system-ui, sans-serif';
const font = (size: number, weight = '400') => `${weight} ${size}px ${CAPTION_FONT}`;

function canvasMeasure(): MeasureText {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  const ctx = measuring;
  if (!ctx) return estimateText;
  return (text, size, weight) => {
    ctx.font = font(size, weight);
    return ctx.measureText(text).width;
  };
}

/** Draw the band laid out by layoutCaption, at scale `k`, with its top at `top` px. */
function drawCaption(
  ctx: CanvasRenderingContext2D,
  band: CaptionLayout,
  top: number,
  width: number,
  k: number,
): void {
  const { pad, titleSize, legendSize, lineSize, textColor, mutedColor, ruleColor } = CAPTION_STYLE;
  const w = width / k;
  ctx.save();
  ctx.translate(0, top);
  ctx.scale(k, k);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, band.height);
  ctx.strokeStyle = ruleColor;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(pad, 0.5);
  ctx.lineTo(w - pad, 0.5);
  ctx.stroke();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = textColor;
  ctx.font = font(titleSize, '600');
  ctx.fillText(band.title.text, band.title.x, band.title.y, w - 2 * pad);
  for (const item of band.legend) {
    if (item.kind === 'node') {
      ctx.fillStyle = item.entry.color;
      ctx.strokeStyle = '#30363d';
      ctx.lineWidth = 1;
      drawNodeShape(ctx, item.entry.shape, item.x + 7, item.y, 6);
      ctx.fill();
      ctx.stroke();
    } else {
      const t = item.entry;
      drawEdgeSymbol(ctx, item.x, item.x + 26, item.y, t.color, t.lineStyle, t.directed, 2);
    }
  }
  ctx.fillStyle = textColor;
  ctx.font = font(legendSize);
  for (const item of band.legend) {
    ctx.fillText(item.entry.label, item.x + symbolWidth(item.kind), item.y);
  }
  ctx.fillStyle = mutedColor;
  ctx.font = font(lineSize);
  for (const line of band.lines) ctx.fillText(line.text, line.x, line.y);
  ctx.restore();
}

/** Fit (width, height) inside the canvas limits, returning the factor applied (≤ 1). */
export function clampToCanvas(width: number, height: number): number {
  let f = 1;
  if (width * f > MAX_CANVAS_SIDE) f = MAX_CANVAS_SIDE / width;
  if (height * f > MAX_CANVAS_SIDE) f = Math.min(f, MAX_CANVAS_SIDE / height);
  if (width * f * height * f > MAX_CANVAS_AREA)
    f = Math.min(f, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
  return f;
}

/**
 * Up to this many pixels the PNG is encoded synchronously (`toDataURL`): the export then ends in
 * the task the click started, with no wait for the browser to schedule `toBlob`'s encoder and call
 * back (on a small image, that wait is as long as the encoding). Beyond it, `toBlob`, which spares a
 * base64 copy of a many-megabyte file.
 */
const SYNC_ENCODE_PIXELS = 4_000_000;

type Base64Decoder = (base64: string) => Uint8Array<ArrayBuffer>;

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64;
  if (native) return native(base64);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const PNG_DATA_URL = 'data:image/png;base64,';

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  if (canvas.width * canvas.height <= SYNC_ENCODE_PIXELS) {
    const url = canvas.toDataURL('image/png');
    // A canvas the browser could not allocate gives "data:,": report it as toBlob would.
    if (!url.startsWith(PNG_DATA_URL) || url.length === PNG_DATA_URL.length)
      return Promise.reject(new Error('The browser produced an empty image.'));
    return Promise.resolve(
      new Blob([base64Bytes(url.slice(PNG_DATA_URL.length))], { type: 'image/png' }),
    );
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) =>
        b && b.size > 0 ? resolve(b) : reject(new Error('The browser produced an empty image.')),
      'image/png',
    ),
  );
}

/** Draw the graph (and legend and caption) to a PNG. */
export async function exportPng(
  cy: Core,
  options: ImageExportOptions,
  caption: CaptionContent,
): Promise<ImageExportResult> {
  const region = graphRegion(cy, options);
  const legendMinWidth = options.includeLegend ? 480 : 0;
  const estBand = options.includeLegend ? 200 : 0;
  const factor = clampToCanvas(
    Math.max((region.width + 2 * MARGIN) * options.scale, legendMinWidth * options.scale),
    (region.height + 2 * MARGIN + estBand) * options.scale,
  );
  const k = options.scale * factor;
  const notice =
    factor < 1
      ? `The image was scaled down to ${Math.round(factor * 100)}% to fit the browser's canvas limit of ${MAX_CANVAS_SIDE} px a side.`
      : undefined;
  const graphWidth = Math.max(1, Math.ceil(region.width * k));
  const graphHeight = Math.max(1, Math.ceil(region.height * k));
  const margin = Math.round(MARGIN * k);
  const width = Math.max(graphWidth + 2 * margin, Math.round(legendMinWidth * k));
  const band = options.includeLegend ? layoutCaption(caption, width / k, canvasMeasure()) : null;
  const height = graphHeight + 2 * margin + Math.ceil((band?.height ?? 0) * k);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the export image.');
  if (options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  await drawGraph(cy, ctx, region, options, k, Math.round((width - graphWidth) / 2), margin);
  if (band) drawCaption(ctx, band, graphHeight + 2 * margin, width, k);
  const blob = await canvasToBlob(canvas);
  return { blob, width, height, ...(notice ? { notice } : {}) };
}
