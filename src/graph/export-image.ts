// PNG export (SPEC §7): the graph drawn by Cytoscape at the chosen scale, with an optional legend
// and caption band drawn beneath, clamped to the browser's canvas limits so it is never empty.
import type { Core } from 'cytoscape';
import type { CaptionContent, ImageExportOptions, ImageExportResult } from './export-options';
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

const TEXT_COLOR = '#1b1f24';
const MUTED_COLOR = '#57606a';

/** The size Cytoscape will draw the graph at, before any clamping. */
function graphSize(cy: Core, options: ImageExportOptions): { width: number; height: number } {
  if (options.scope === 'view') {
    return { width: cy.width() * options.scale, height: cy.height() * options.scale };
  }
  const bb = cy.elements(':visible').boundingBox({});
  return {
    width: Math.max(1, Math.ceil(bb.w * options.scale)),
    height: Math.max(1, Math.ceil(bb.h * options.scale)),
  };
}

interface BandLayout {
  readonly height: number;
  draw(ctx: CanvasRenderingContext2D, top: number, width: number): void;
}

/** The legend and caption band, laid out for a given width at the export's scale. */
function captionBand(content: CaptionContent, width: number, k: number): BandLayout {
  const pad = 16 * k;
  const line = 18 * k;
  const measure = document.createElement('canvas').getContext('2d');
  const items: {
    kind: 'node' | 'edge';
    label: string;
    draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => void;
  }[] = [
    ...content.legend.kinds.map((kind) => ({
      kind: 'node' as const,
      label: kind.label,
      draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => {
        ctx.fillStyle = kind.color;
        ctx.strokeStyle = '#30363d';
        ctx.lineWidth = 1 * k;
        drawNodeShape(ctx, kind.shape, x + 7 * k, y, 6 * k);
        ctx.fill();
        ctx.stroke();
      },
    })),
    ...content.legend.types.map((type) => ({
      kind: 'edge' as const,
      label: type.label,
      draw: (ctx: CanvasRenderingContext2D, x: number, y: number) =>
        drawEdgeSymbol(ctx, x, x + 26 * k, y, type.color, type.lineStyle, type.directed, 2 * k),
    })),
  ];
  const font = (size: number, weight = 400) => `${weight} ${size * k}px system-ui, sans-serif`;
  // Flow legend items left to right, wrapping at the image width.
  const placed: { x: number; row: number; item: (typeof items)[number] }[] = [];
  let x = pad;
  let row = 0;
  if (measure) measure.font = font(12);
  for (const item of items) {
    const symbol = item.kind === 'node' ? 18 * k : 32 * k;
    const w =
      symbol + (measure?.measureText(item.label).width ?? item.label.length * 7 * k) + 18 * k;
    if (x + w > width - pad && x > pad) {
      row += 1;
      x = pad;
    }
    placed.push({ x, row, item });
    x += w;
  }
  const legendRows = items.length > 0 ? row + 1 : 0;
  const height = pad + line * 1.2 + content.lines.length * line + legendRows * line + pad;
  return {
    height,
    draw(ctx, top, w) {
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, top, w, height);
      ctx.strokeStyle = '#d0d7de';
      ctx.lineWidth = 1 * k;
      ctx.beginPath();
      ctx.moveTo(pad, top + 0.5 * k);
      ctx.lineTo(w - pad, top + 0.5 * k);
      ctx.stroke();
      ctx.textBaseline = 'middle';
      let y = top + pad + line * 0.5;
      ctx.fillStyle = TEXT_COLOR;
      ctx.font = font(14, 600);
      ctx.fillText(content.title, pad, y, w - 2 * pad);
      y += line * 1.2;
      for (const p of placed) {
        const cy = y + p.row * line;
        p.item.draw(ctx, p.x, cy);
        ctx.fillStyle = TEXT_COLOR;
        ctx.font = font(12);
        ctx.fillText(p.item.label, p.x + (p.item.kind === 'node' ? 18 * k : 32 * k), cy);
      }
      y += legendRows * line;
      ctx.fillStyle = MUTED_COLOR;
      ctx.font = font(11);
      for (const text of content.lines) {
        ctx.fillText(text, pad, y, w - 2 * pad);
        y += line;
      }
      ctx.restore();
    },
  };
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

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) =>
        b && b.size > 0 ? resolve(b) : reject(new Error('The browser produced an empty image.')),
      'image/png',
    ),
  );
}

/** Margin around the drawing, in 1× pixels: Cytoscape's full export crops labels at the edge. */
const MARGIN = 24;

/** Draw the graph (and legend and caption) to a PNG. */
export async function exportPng(
  cy: Core,
  options: ImageExportOptions,
  caption: CaptionContent,
): Promise<ImageExportResult> {
  const wanted = graphSize(cy, options);
  const legendMinWidth = options.includeLegend ? 480 : 0;
  const estBand = options.includeLegend ? 200 : 0;
  const factor = clampToCanvas(
    Math.max(wanted.width + 2 * MARGIN * options.scale, legendMinWidth * options.scale),
    wanted.height + (2 * MARGIN + estBand) * options.scale,
  );
  const k = options.scale * factor;
  const notice =
    factor < 1
      ? `The image was scaled down to ${Math.round(factor * 100)}% to fit the browser's canvas limit of ${MAX_CANVAS_SIDE} px a side.`
      : undefined;
  const graphBlob = (await cy.png({
    output: 'blob-promise',
    full: options.scope === 'whole',
    scale: k,
    bg: options.background === 'white' ? '#ffffff' : undefined,
    maxWidth: MAX_CANVAS_SIDE,
    maxHeight: MAX_CANVAS_SIDE,
  })) as Blob;
  if (graphBlob.size === 0) throw new Error('The browser produced an empty image.');
  const bitmap = await createImageBitmap(graphBlob);
  const graphWidth = bitmap.width;
  const graphHeight = bitmap.height;
  const margin = Math.round(MARGIN * k);
  const width = Math.max(graphWidth + 2 * margin, Math.round(legendMinWidth * k));
  const band = options.includeLegend ? captionBand(caption, width, k) : null;
  const height = graphHeight + 2 * margin + Math.ceil(band?.height ?? 0);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) {
    bitmap.close();
    throw new Error('This browser cannot draw the export image.');
  }
  if (options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(bitmap, Math.round((width - graphWidth) / 2), margin);
  bitmap.close();
  band?.draw(ctx, graphHeight + 2 * margin, width);
  const blob = await canvasToBlob(canvas);
  return { blob, width, height, ...(notice ? { notice } : {}) };
}
