// Where the legend and caption band of an exported image puts each thing, in 1× pixels: laid out
// once here, drawn by the PNG export (canvas, at its scale) and written by the SVG export alike.
import type { ActorKindStyle, RelationTypeStyle } from './vocabulary';
import type { LegendEntries } from './caption';

/** Width of `text` in px at `fontSize` (and CSS `weight`). */
export type MeasureText = (text: string, fontSize: number, weight?: string) => number;

/** A rough width where no canvas is at hand to measure (tests, workers). */
export const estimateText: MeasureText = (text, fontSize) => text.length * fontSize * 0.56;

export interface CaptionContent {
  readonly title: string;
  readonly lines: readonly string[];
  readonly legend: LegendEntries;
}

/** The band's type sizes, colours and spacing, shared by both exports. */
export const CAPTION_STYLE = {
  pad: 16,
  line: 18,
  titleSize: 14,
  legendSize: 12,
  lineSize: 11,
  textColor: '#1b1f24',
  mutedColor: '#57606a',
  ruleColor: '#d0d7de',
} as const;

export type LegendItem =
  | {
      readonly kind: 'node';
      readonly entry: ActorKindStyle;
      readonly x: number;
      readonly y: number;
    }
  | {
      readonly kind: 'edge';
      readonly entry: RelationTypeStyle;
      readonly x: number;
      readonly y: number;
    };

export interface CaptionLayout {
  readonly height: number;
  /** Baseline-middle positions, relative to the band's top-left corner. */
  readonly title: { readonly text: string; readonly x: number; readonly y: number };
  readonly legend: readonly LegendItem[];
  readonly lines: readonly { readonly text: string; readonly x: number; readonly y: number }[];
}

/** Room a legend symbol takes before its label: a node shape, or a line with its arrow. */
export const symbolWidth = (kind: 'node' | 'edge'): number => (kind === 'node' ? 18 : 32);

/** Split a text into lines no wider than `max` px, at spaces where possible. */
export function wrapText(
  text: string,
  max: number,
  fontSize: number,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize) > max) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The band for an image `width` px wide: the title, then legend items flowed left to right and
 * wrapped at the width, then the caption lines wrapped to it.
 */
export function layoutCaption(
  content: CaptionContent,
  width: number,
  measure: MeasureText = estimateText,
): CaptionLayout {
  const { pad, line, legendSize, lineSize } = CAPTION_STYLE;
  const title = { text: content.title, x: pad, y: pad + line * 0.5 };
  const legendTop = title.y + line * 1.2;
  const entries = [
    ...content.legend.kinds.map((entry) => ({ kind: 'node' as const, entry })),
    ...content.legend.types.map((entry) => ({ kind: 'edge' as const, entry })),
  ];
  const legend: LegendItem[] = [];
  let x = pad;
  let row = 0;
  for (const item of entries) {
    const w = symbolWidth(item.kind) + measure(item.entry.label, legendSize) + 18;
    if (x + w > width - pad && x > pad) {
      row += 1;
      x = pad;
    }
    legend.push({ ...item, x, y: legendTop + row * line } as LegendItem);
    x += w;
  }
  const legendRows = entries.length > 0 ? row + 1 : 0;
  const wrapped = content.lines.flatMap((text) =>
    wrapText(text, width - 2 * pad, lineSize, measure),
  );
  const linesTop = legendTop + legendRows * line;
  const lines = wrapped.map((text, i) => ({ text, x: pad, y: linesTop + i * line }));
  const height = pad + line * 1.2 + legendRows * line + wrapped.length * line + pad;
  return { height, title, legend, lines };
}
