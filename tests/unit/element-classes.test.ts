import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { elementClasses, type Highlight, type Selection } from '../../src/model/element-classes';
import { DEFAULT_FILTERS, visibleGraph, type Filters } from '../../src/model/filters';

const classesFor = (
  selection: Selection | null,
  filters: Partial<Filters> = {},
  highlight: Highlight | null = null,
) =>
  elementClasses(centcomKh2024, {
    visible: visibleGraph(centcomKh2024, { ...DEFAULT_FILTERS, ...filters }),
    selection,
    highlight,
  });

/** Ids carrying a class, sorted. */
const withClass = (classes: ReadonlyMap<string, readonly string[]>, c: string) =>
  [...classes]
    .filter(([, list]) => list.includes(c))
    .map(([id]) => id)
    .sort();

describe('elementClasses', () => {
  it('gives no element a class when nothing is selected or filtered', () => {
    expect(classesFor(null).size).toBe(0);
  });

  it('keeps a selected actor and its neighbours bright and fades the rest', () => {
    const classes = classesFor({ kind: 'actor', id: 'iran' });
    expect(classes.get('iran')).toEqual(['selected']);
    expect(classes.has('kh')).toBe(false);
    expect(classes.has('iri')).toBe(false);
    expect(classes.has('iran-allied-kh')).toBe(false);
    expect(classes.has('iran-allied-iri')).toBe(false);
    expect(classes.get('centcom')).toEqual(['faded']);
    // A relation between two bright neighbours still fades: it is not the selection's own.
    expect(classes.get('centcom-attacked-kh')).toEqual(['faded']);
    expect(withClass(classes, 'faded')).toHaveLength(15 - 3 + 13 - 2);
  });

  it('keeps a selected relation and its two actors bright', () => {
    const classes = classesFor({ kind: 'relation', id: 'centcom-attacked-kh' });
    expect(classes.get('centcom-attacked-kh')).toEqual(['selected']);
    expect(classes.has('centcom')).toBe(false);
    expect(classes.has('kh')).toBe(false);
    expect(classes.get('iran')).toEqual(['faded']);
    expect(classes.get('kh-allied-soleimani')).toEqual(['faded']);
  });

  it('hides what the filters hide, and never fades a hidden element', () => {
    const classes = classesFor({ kind: 'actor', id: 'kh' }, { hiddenRelationTypes: ['allied'] });
    expect(withClass(classes, 'hidden')).toEqual([
      'iran-allied-iri',
      'iran-allied-kh',
      'kh-allied-soleimani',
    ]);
    expect(classes.get('iran-allied-kh')).toEqual(['hidden']);
    expect(classes.get('iran')).toEqual(['faded']);
    expect(classes.has('centcom')).toBe(false);
  });

  it('hides unconnected actors when asked', () => {
    const classes = classesFor(null, { hideUnconnected: true });
    expect(withClass(classes, 'hidden')).toEqual([
      'biden-administration',
      'iraqi-armed-forces',
      'lloyd-austin',
    ]);
  });

  it('hides the relations of an actor whose kind is hidden', () => {
    const classes = classesFor(null, { hiddenActorKinds: ['militia'] });
    expect(classes.get('kh')).toEqual(['hidden']);
    expect(classes.get('centcom-attacked-kh')).toEqual(['hidden']);
    expect(classes.has('centcom')).toBe(false);
  });

  it('ignores a selection the filters hide, fading nothing', () => {
    const classes = classesFor({ kind: 'actor', id: 'kh' }, { hiddenActorKinds: ['militia'] });
    expect(withClass(classes, 'faded')).toEqual([]);
  });

  it('highlights a path and fades everything off it', () => {
    const highlight: Highlight = {
      actorIds: new Set(['qassem-soleimani', 'kh', 'centcom']),
      relationIds: new Set(['kh-allied-soleimani', 'centcom-attacked-kh']),
    };
    const classes = classesFor(null, {}, highlight);
    expect(withClass(classes, 'highlighted')).toEqual(
      ['centcom', 'centcom-attacked-kh', 'kh', 'kh-allied-soleimani', 'qassem-soleimani'].sort(),
    );
    expect(classes.get('iran')).toEqual(['faded']);
    expect(classes.get('iran-allied-kh')).toEqual(['faded']);
    expect(withClass(classes, 'faded')).toHaveLength(15 - 3 + 13 - 2);
  });

  it('without fading (a huge graph), marks the selection and a path and fades nothing', () => {
    const highlight: Highlight = {
      actorIds: new Set(['qassem-soleimani', 'kh', 'centcom']),
      relationIds: new Set(['kh-allied-soleimani', 'centcom-attacked-kh']),
    };
    const classes = elementClasses(centcomKh2024, {
      visible: visibleGraph(centcomKh2024, DEFAULT_FILTERS),
      selection: { kind: 'actor', id: 'iran' },
      highlight,
      fade: false,
    });
    expect(withClass(classes, 'faded')).toEqual([]);
    expect(withClass(classes, 'selected')).toEqual(['iran']);
    expect(withClass(classes, 'highlighted')).toEqual(
      ['centcom', 'centcom-attacked-kh', 'kh', 'kh-allied-soleimani', 'qassem-soleimani'].sort(),
    );
  });

  it('keeps both the selection and a highlight bright together', () => {
    const highlight: Highlight = { actorIds: new Set(['iri']), relationIds: new Set() };
    const classes = classesFor({ kind: 'actor', id: 'al-asad' }, {}, highlight);
    expect(classes.get('iri')).toEqual(['highlighted']);
    expect(classes.has('kh')).toBe(false);
    expect(classes.get('al-asad')).toEqual(['selected']);
    expect(classes.get('iran')).toEqual(['faded']);
  });

  it('does not highlight what the filters hide', () => {
    const highlight: Highlight = {
      actorIds: new Set(['kh']),
      relationIds: new Set(['iran-allied-kh']),
    };
    const classes = classesFor(null, { hiddenRelationTypes: ['allied'] }, highlight);
    expect(classes.get('iran-allied-kh')).toEqual(['hidden']);
    expect(classes.get('kh')).toEqual(['highlighted']);
  });
});
