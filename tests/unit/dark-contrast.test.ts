// The dark theme's non-text contrast (WCAG 1.4.11): every relation type's line and every faded
// element at least 3:1 against the canvas, over the whole palette types can be drawn in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StylesheetStyle } from 'cytoscape';
import {
  blend,
  contrastRatio,
  DARK_BACKGROUND,
  NON_TEXT_CONTRAST,
  readableOn,
} from '../../src/model/contrast';
import { vocabularyOf } from '../../src/model/vocabulary';
import { relationElement } from '../../src/graph/elements';
import { DARK_PALETTE, LIGHT_PALETTE, graphStylesheet } from '../../src/graph/stylesheet';

/** The built-in types and ten declared without a colour: every colour the palette hands out. */
const vocabulary = vocabularyOf({
  relationTypes: Array.from({ length: 10 }, (_, i) => ({
    id: `declared-${i}`,
    label: `declared ${i}`,
    directed: true,
  })),
});

const styleOf = (selector: string) => {
  const block = graphStylesheet(DARK_PALETTE).find(
    (b): b is StylesheetStyle => 'selector' in b && b.selector === selector,
  );
  if (!block) throw new Error(`no ${selector} block`);
  return block.style as Record<string, unknown>;
};

/** What a data-mapped colour becomes for one element's data. */
const resolve = (value: unknown, data: Record<string, unknown>) => {
  const m = /^data\((\w+)\)$/.exec(String(value));
  return m ? String(data[m[1]!]) : String(value);
};

describe('dark theme contrast', () => {
  it('contrast ratios follow WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#d62728', '#d62728')).toBe(1);
  });

  it('draws every relation type’s line and arrow at 3:1 or more on the dark canvas', () => {
    expect(vocabulary.relationTypes.length).toBe(14);
    const edge = styleOf('edge');
    for (const type of vocabulary.relationTypes) {
      const { data } = relationElement(
        { id: 'r', source: 'a', target: 'b', type: type.id, evidence: [] } as never,
        vocabulary,
      );
      for (const property of ['line-color', 'target-arrow-color']) {
        const drawn = resolve(edge[property], data as Record<string, unknown>);
        expect(
          contrastRatio(drawn, DARK_BACKGROUND),
          `${type.id} ${property}`,
        ).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      }
    }
  });

  it('draws faded actors’ outlines and faded relations at 3:1 or more, opaque', () => {
    const node = styleOf('node.faded');
    const edge = styleOf('edge.faded');
    for (const [style, property] of [
      [node, 'border-color'],
      [edge, 'line-color'],
      [edge, 'target-arrow-color'],
    ] as const) {
      const alpha = Number(style.opacity ?? styleOf('.faded').opacity ?? 1);
      const drawn = blend(String(style[property]), DARK_BACKGROUND, alpha);
      expect(contrastRatio(drawn, DARK_BACKGROUND), property).toBeGreaterThanOrEqual(
        NON_TEXT_CONTRAST,
      );
    }
    // Still faded: dimmer than the unfaded outline.
    expect(contrastRatio(String(node['border-color']), DARK_BACKGROUND)).toBeLessThan(
      contrastRatio(DARK_PALETTE.nodeBorder, DARK_BACKGROUND),
    );
  });

  it('keeps the light theme’s colours as they are', () => {
    expect(LIGHT_PALETTE.lineColor).toBe('data(color)');
  });

  it('lightens any colour to 3:1 on the dark canvas and keeps colours that already are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const color = `#${n.toString(16).padStart(6, '0')}`;
        const readable = readableOn(color, DARK_BACKGROUND);
        expect(contrastRatio(readable, DARK_BACKGROUND)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
        if (contrastRatio(color, DARK_BACKGROUND) >= NON_TEXT_CONTRAST)
          expect(readable).toBe(color);
      }),
    );
  });
});
