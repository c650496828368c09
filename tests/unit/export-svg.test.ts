// @vitest-environment jsdom
// The SVG writer (docs/design.md §7): well-formed XML whatever the labels hold, every label a <text>,
// sized by the scale, the legend and caption only when asked for.
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_EXPORT, type CaptionContent } from '../../src/graph/export-image';
import { sceneToSvg, shapePath, type SvgNode, type SvgScene } from '../../src/graph/export-svg';
import { vocabularyOf } from '../../src/model/vocabulary';

const vocabulary = vocabularyOf({});

const node = (x: number, label: string, extra: Partial<SvgNode> = {}): SvgNode => ({
  x,
  y: 0,
  width: 34,
  height: 34,
  shape: 'diamond',
  fill: '#f28e2b',
  fillOpacity: 1,
  stroke: '#30363d',
  strokeWidth: 1.5,
  strokeDash: [],
  opacity: 1,
  label,
  labelAbove: false,
  fontSize: 11,
  fontWeight: 'normal',
  textColor: '#1b1f24',
  textOutline: '#ffffff',
  textOpacity: 1,
  isParent: false,
  ...extra,
});

const HOSTILE = `<script>alert("x")</script> & 'quotes' \u0001\u0008 \uD800 ]]> <!--`;

const scene: SvgScene = {
  box: { x: -20, y: -20, w: 240, h: 80 },
  nodes: [node(0, 'Kataib Hezbollah'), node(200, HOSTILE, { shape: 'ellipse' })],
  edges: [
    {
      points: [
        { x: 17, y: 0 },
        { x: 100, y: -30 },
        { x: 183, y: 0 },
      ],
      curve: 'bezier',
      color: '#d62728',
      width: 2,
      lineStyle: 'dashed',
      arrow: true,
      arrowScale: 1.1,
      opacity: 1,
      label: 'attacked',
      labelAt: { x: 100, y: -15 },
      fontSize: 10,
      textColor: '#1b1f24',
      textOutline: '#ffffff',
    },
  ],
  fontFamily: 'system-ui, sans-serif',
};

const caption: CaptionContent = {
  title: 'Strikes <January> & after',
  lines: ['Filters: none', 'Source: A report'],
  legend: {
    kinds: [vocabulary.actorKind('militia')],
    types: [vocabulary.relationType('attacked'), vocabulary.relationType('allied')],
  },
};

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
const texts = (doc: Document) =>
  [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');

describe('sceneToSvg', () => {
  it('writes well-formed SVG even from labels full of markup and control characters', () => {
    const { text } = sceneToSvg(scene, DEFAULT_IMAGE_EXPORT, caption);
    const doc = parse(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    // A long label wraps into several <tspan> lines of one <text>.
    const label = [...doc.querySelectorAll('g.nodes text')].map((t) =>
      [...t.getElementsByTagName('tspan')].map((s) => s.textContent).join(' '),
    );
    expect(label[1]).toContain('<script>alert("x")</script> & \'quotes\'');
    expect(label[1]).not.toContain('\u0001');
    expect(label[1]).not.toContain('\u0008');
  });

  it('keeps every label, the legend and the caption as <text>', () => {
    const all = texts(parse(sceneToSvg(scene, DEFAULT_IMAGE_EXPORT, caption).text));
    expect(all).toEqual(
      expect.arrayContaining([
        'Kataib Hezbollah',
        'attacked',
        'Strikes <January> & after',
        'militia',
        'allied',
      ]),
    );
    expect(all.join('\n')).toContain('Filters: none');
    expect(all.join('\n')).toContain('Source: A report');
  });

  it('scales the size, not the drawing: 2× doubles width and height, same viewBox', () => {
    const one = sceneToSvg(scene, DEFAULT_IMAGE_EXPORT, caption);
    const two = sceneToSvg(scene, { ...DEFAULT_IMAGE_EXPORT, scale: 2 }, caption);
    expect(Math.abs(two.width - one.width * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(two.height - one.height * 2)).toBeLessThanOrEqual(1);
    const box = (t: string) => parse(t).documentElement.getAttribute('viewBox');
    expect(box(two.text)).toBe(box(one.text));
  });

  it('leaves out the legend and caption, and the white background, when asked', () => {
    const bare = sceneToSvg(
      scene,
      { ...DEFAULT_IMAGE_EXPORT, includeLegend: false, background: 'transparent' },
      caption,
    );
    const full = sceneToSvg(scene, DEFAULT_IMAGE_EXPORT, caption);
    expect(bare.height).toBeLessThan(full.height);
    const doc = parse(bare.text);
    expect(texts(doc)).not.toContain('militia');
    expect(doc.querySelector('rect[fill="#ffffff"]')).toBeNull();
    expect(parse(full.text).querySelector('rect[fill="#ffffff"]')).not.toBeNull();
  });

  it('draws directed edges with an arrow head and dashed types with a dash pattern', () => {
    const doc = parse(sceneToSvg(scene, DEFAULT_IMAGE_EXPORT, caption).text);
    const edges = doc.querySelector('g.edges')!;
    const paths = edges.getElementsByTagName('path');
    expect(paths).toHaveLength(2); // the line and its arrow head
    expect(paths[0]!.getAttribute('d')).toMatch(/^M17 0Q100 -30 183 0$/);
    expect(paths[0]!.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(paths[1]!.getAttribute('fill')).toBe('#d62728');
  });

  it('refuses colours that are not colours, so no attribute can be broken out of', () => {
    const evil = { ...scene, nodes: [node(0, 'x', { fill: 'red" onload="alert(1)' })] };
    const doc = parse(sceneToSvg(evil, DEFAULT_IMAGE_EXPORT, caption).text);
    const shape = doc.querySelector('g.nodes path')!;
    expect(shape.getAttribute('fill')).toBe('#bab0ac');
    expect(shape.hasAttribute('onload')).toBe(false);
  });
});

describe('shapePath', () => {
  it('outlines every built-in and extra kind shape as a closed path', () => {
    for (const shape of [
      'ellipse',
      'rectangle',
      'round-rectangle',
      'triangle',
      'diamond',
      'hexagon',
      'octagon',
      'barrel',
      'round-tag',
      'pentagon',
      'star',
    ]) {
      const d = shapePath(shape, 0, 0, 34, 34);
      expect(d, shape).toMatch(/^M.*Z$/);
      expect(d, shape).not.toMatch(/NaN|undefined/);
    }
  });
});
