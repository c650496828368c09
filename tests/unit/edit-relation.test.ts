// Editing and adding a relationship: actors named as typed, evidence required, each problem naming
// its field, and nothing changed on a problem.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { applyDiff, invertDiff } from '../../src/model/document';
import {
  actorNamed,
  declareVocabulary,
  editRelation,
  newRelationFields,
  relationFields,
  withDeclaration,
} from '../../src/model/edits';

const source = centcomKh2024.sources[0]!.id;
const fieldProblems = (result: ReturnType<typeof editRelation>) =>
  result.ok ? [] : result.problems.map((p) => p.field);

describe('editRelation', () => {
  it('finds actors by name, short name or alias, ignoring case and apostrophes', () => {
    expect(actorNamed(centcomKh2024, 'kata’ib hizballah')?.id).toBe('kh');
    expect(actorNamed(centcomKh2024, 'KH')?.id).toBe('kh');
    expect(actorNamed(centcomKh2024, 'nobody')).toBeUndefined();
  });

  it('adds a relationship with its evidence under a new id', () => {
    const fields = {
      ...newRelationFields(centcomKh2024, 'iran', 'kh'),
      type: 'allied',
      date: '2024-01',
      dateInferred: true,
      evidence: [{ source, paragraph: '3', excerpt: ' A sentence. ', quote: '' }],
    };
    const result = editRelation(centcomKh2024, undefined, fields);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const added = applyDiff(centcomKh2024, result.diff).relations.at(-1)!;
    expect(added).toEqual({
      id: result.id,
      source: 'iran',
      target: 'kh',
      type: 'allied',
      date: '2024-01',
      dateInferred: true,
      evidence: [{ source, paragraph: 3, excerpt: 'A sentence.' }],
    });
    expect(centcomKh2024.relations.some((r) => r.id === result.id)).toBe(false);
  });

  it('edits a relationship in place, keeping its id and what the dialog does not show', () => {
    const relation = centcomKh2024.relations[0]!;
    const result = editRelation(centcomKh2024, relation.id, {
      ...relationFields(centcomKh2024, relation),
      summary: 'Changed.',
    });
    if (!result.ok) throw new Error('refused');
    const after = applyDiff(centcomKh2024, result.diff).relations[0]!;
    expect(after).toEqual({ ...relation, summary: 'Changed.' });
  });

  it('refuses unknown actors, a bad date, no evidence and a bad paragraph, naming each field', () => {
    const base = newRelationFields(centcomKh2024, 'iran', 'kh');
    expect(
      fieldProblems(editRelation(centcomKh2024, undefined, { ...base, target: 'kh2' })),
    ).toEqual(['Target']);
    expect(
      fieldProblems(editRelation(centcomKh2024, undefined, { ...base, date: '24/1/2024' })),
    ).toEqual(['Date']);
    expect(
      fieldProblems(editRelation(centcomKh2024, undefined, { ...base, evidence: [] })),
    ).toEqual(['Evidence']);
    expect(
      fieldProblems(
        editRelation(centcomKh2024, undefined, {
          ...base,
          evidence: [{ source: 'nope', paragraph: '0', excerpt: '', quote: '' }],
        }),
      ),
    ).toEqual(['Evidence 1 source', 'Evidence 1 paragraph']);
  });
});

describe('declaring a kind or a type from a dialog', () => {
  it('declares a new type under an id from its label, with its colour and direction', () => {
    const declared = declareVocabulary(centcomKh2024, 'type', {
      label: 'Funded',
      color: '#123456',
      directed: true,
    })!;
    expect(declared.id).toBe('funded');
    expect(declared.dataset.relationTypes).toContainEqual({
      id: 'funded',
      label: 'Funded',
      directed: true,
      color: '#123456',
    });
    expect(declared.diff?.head).toBeDefined();
  });

  it('reuses a kind or type already known by that label, and declares nothing for an empty one', () => {
    expect(
      declareVocabulary(centcomKh2024, 'kind', { label: 'Militia', color: '#000000' }),
    ).toEqual({ dataset: centcomKh2024, id: 'militia' });
    expect(declareVocabulary(centcomKh2024, 'type', { label: '  ', color: '#000000' })).toBeNull();
  });

  it('adds a relationship of a new type in one diff that undoes both', () => {
    const declared = declareVocabulary(centcomKh2024, 'type', {
      label: 'funded',
      color: '#123456',
    })!;
    const fields = { ...newRelationFields(centcomKh2024, 'iran', 'kh'), type: declared.id };
    const result = editRelation(declared.dataset, undefined, fields);
    if (!result.ok) throw new Error('refused');
    const diff = withDeclaration(declared.diff, result.diff);
    const after = applyDiff(centcomKh2024, diff);
    expect(after.relationTypes?.map((t) => t.id)).toEqual(['funded']);
    expect(after.relations.at(-1)!.type).toBe('funded');
    expect(applyDiff(after, invertDiff(diff))).toEqual(centcomKh2024);
  });
});
