// Canvas drawing of legend symbols (node shapes, edge line styles) for the PNG export and the
// on-screen legend, so both show exactly what the graph draws.
import type { LineStyle } from '../model/vocabulary';

/** Draw a node symbol of a Cytoscape shape name, centred at (x, y) with radius r. */
export function drawNodeShape(
  ctx: CanvasRenderingContext2D,
  shape: string,
  x: number,
  y: number,
  r: number,
): void {
  ctx.beginPath();
  const polygon = (sides: number, rotation: number) => {
    for (let i = 0; i < sides; i++) {
      const a = rotation + (i * 2 * Math.PI) / sides;
      const px = x + r * Math.cos(a);
      const py = y + r * Math.sin(a);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.closePath();
  };
  switch (shape) {
    case 'rectangle':
      ctx.rect(x - r, y - r, 2 * r, 2 * r);
      break;
    case 'round-rectangle':
    case 'barrel':
      ctx.roundRect(x - r, y - r * 0.8, 2 * r, 1.6 * r, r * 0.4);
      break;
    case 'triangle':
      polygon(3, -Math.PI / 2);
      break;
    case 'diamond':
    case 'round-diamond':
      polygon(4, -Math.PI / 2);
      break;
    case 'pentagon':
      polygon(5, -Math.PI / 2);
      break;
    case 'hexagon':
    case 'round-hexagon':
    case 'concave-hexagon':
      polygon(6, 0);
      break;
    case 'octagon':
      polygon(8, Math.PI / 8);
      break;
    case 'round-tag':
    case 'tag':
      ctx.moveTo(x - r, y - r * 0.7);
      ctx.lineTo(x + r * 0.3, y - r * 0.7);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x + r * 0.3, y + r * 0.7);
      ctx.lineTo(x - r, y + r * 0.7);
      ctx.closePath();
      break;
    case 'star': {
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r : r * 0.45;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        if (i === 0) ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
        else ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
      break;
    }
    default:
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

export function dashFor(style: LineStyle, width: number): number[] {
  if (style === 'dashed') return [width * 3, width * 2];
  if (style === 'dotted') return [width, width * 1.5];
  return [];
}

/** Draw an edge symbol from (x1, y) to (x2, y), with an arrow head when directed. */
export function drawEdgeSymbol(
  ctx: CanvasRenderingContext2D,
  x1: number,
  x2: number,
  y: number,
  color: string,
  style: LineStyle,
  directed: boolean,
  width: number,
): void {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dashFor(style, width));
  ctx.beginPath();
  ctx.moveTo(x1, y);
  ctx.lineTo(directed ? x2 - width * 3 : x2, y);
  ctx.stroke();
  ctx.setLineDash([]);
  if (directed) {
    ctx.beginPath();
    ctx.moveTo(x2, y);
    ctx.lineTo(x2 - width * 4, y - width * 2.2);
    ctx.lineTo(x2 - width * 4, y + width * 2.2);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}
