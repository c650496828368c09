// `__proto__`, `constructor` and `prototype` keys anywhere in an imported file never reach Object.prototype.
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/model/import/detect';

const POLLUTING_FILES: readonly (readonly [string, string])[] = [
  ['root.json', '{"__proto__": {"polluted": true}}'],
  [
    'actor-graph-root.json',
    '{"format": "actor-graph", "version": 1, "id": "p", "title": "P", "actors": [], "relations": [], "__proto__": {"polluted": true}}',
  ],
  [
    'actor.json',
    '{"format": "actor-graph", "version": 1, "id": "p", "title": "P", "relations": [], "actors": [{"id": "a", "name": "A", "__proto__": {"polluted": true}}]}',
  ],
  [
    'attributes.json',
    '{"format": "actor-graph", "version": 1, "id": "p", "title": "P", "relations": [], "actors": [{"id": "a", "name": "A", "attributes": {"__proto__": {"polluted": true}}}]}',
  ],
  [
    'constructor.json',
    '{"format": "actor-graph", "version": 1, "id": "p", "title": "P", "relations": [], "actors": [{"id": "a", "name": "A", "attributes": {"constructor": {"prototype": {"polluted": true}}}}]}',
  ],
  ['cytoscape.json', '{"elements": [{"data": {"id": "a", "__proto__": {"polluted": true}}}]}'],
  ['cytoscape-envelope.json', '{"elements": {"__proto__": {"polluted": true}, "nodes": []}}'],
  [
    'cytoscape-constructor.json',
    '[{"data": {"id": "a", "constructor": {"prototype": {"polluted": true}}}}]',
  ],
  ['gephi.csv', 'Source,Target,Type,__proto__,constructor\nA,B,Directed,{"polluted": true},x\n'],
];

const isPolluted = () =>
  (Object.prototype as Record<string, unknown>).polluted !== undefined ||
  ({} as Record<string, unknown>).polluted !== undefined;

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('prototype pollution', () => {
  it.each(POLLUTING_FILES)('%s leaves Object.prototype untouched', (name, text) => {
    const result = importFile(name, text);
    expect(isPolluted()).toBe(false);
    if (!result.ok) return;
    // What was accepted carries no inherited surprises either.
    for (const element of [...result.dataset.actors, ...result.dataset.relations]) {
      expect(Object.getPrototypeOf(element)).toBe(Object.prototype);
      const attributes = element.attributes ?? {};
      expect(Object.keys(attributes)).not.toContain('__proto__');
      expect(Object.keys(attributes)).not.toContain('constructor');
      expect((attributes as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('imports a Cytoscape node with a __proto__ field, without that field', () => {
    const result = importFile('cy.json', POLLUTING_FILES[5]![1]);
    expect(result.ok && result.dataset.actors[0]!.attributes).toBeUndefined();
  });
});
