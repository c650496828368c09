// Small SVG symbols of actor kinds and relation types, matching the shapes and lines the graph draws.
import type { ActorKindStyle, RelationTypeStyle } from '../../model/vocabulary';
import { useLineColor } from '../use-dark-theme';

function shapePath(shape: string): string {
  const poly = (sides: number, rotation: number) =>
    Array.from({ length: sides }, (_, i) => {
      const a = rotation + (i * 2 * Math.PI) / sides;
      return `${(8 + 6.5 * Math.cos(a)).toFixed(2)},${(8 + 6.5 * Math.sin(a)).toFixed(2)}`;
    }).join(' ');
  switch (shape) {
    case 'rectangle':
      return 'rect';
    case 'round-rectangle':
    case 'barrel':
      return 'roundrect';
    case 'triangle':
      return poly(3, -Math.PI / 2);
    case 'diamond':
    case 'round-diamond':
      return poly(4, -Math.PI / 2);
    case 'pentagon':
      return poly(5, -Math.PI / 2);
    case 'hexagon':
    case 'round-hexagon':
    case 'concave-hexagon':
      return poly(6, 0);
    case 'octagon':
      return poly(8, Math.PI / 8);
    case 'round-tag':
    case 'tag':
      return '1.5,3.5 10,3.5 14.5,8 10,12.5 1.5,12.5';
    default:
      return 'circle';
  }
}

export function KindSymbol({ kind }: { kind: ActorKindStyle }) {
  const d = shapePath(kind.shape);
  const common = { fill: kind.color, stroke: 'var(--symbol-stroke)', strokeWidth: 1 };
  return (
    <svg className="symbol" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {d === 'circle' ? (
        <circle cx="8" cy="8" r="6.5" {...common} />
      ) : d === 'rect' ? (
        <rect x="1.5" y="1.5" width="13" height="13" {...common} />
      ) : d === 'roundrect' ? (
        <rect x="1.5" y="3" width="13" height="10" rx="3" {...common} />
      ) : (
        <polygon points={d} {...common} />
      )}
    </svg>
  );
}

const DASH = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' } as const;

export function TypeSymbol({ type }: { type: RelationTypeStyle }) {
  const color = useLineColor()(type.color);
  return (
    <svg className="symbol" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      <line
        x1="1"
        y1="8"
        x2={type.directed ? 21 : 27}
        y2="8"
        stroke={color}
        strokeWidth="2.5"
        strokeDasharray={DASH[type.lineStyle]}
      />
      {type.directed && <polygon points="27,8 20,4 20,12" fill={color} />}
    </svg>
  );
}
