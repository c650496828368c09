// Editing an actor: a checked diff, or problems that name the field and change nothing.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { applyDiff } from '../../src/model/document';
import {
  deletionOf,
  renameActor,
  setActorKind,
  setRelationType,
  actorFields,
  addActor,
  deleteActor,
  editActor,
  NEW_ACTOR_FIELDS,
  newId,
} from '../../src/model/edits';

const dataset: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'd',
  title: 'D',
  sources: [],
  actorKinds: [{ id: 'ministry', label: 'ministry' }],
  actors: [
    { id: 'gov', name: 'Government', kind: 'government' },
    {
      id: 'mod',
      name: 'Ministry',
      kind: 'ministry',
      parent: 'gov',
      position: { x: 4, y: 5 },
      attributes: { weight: 2 },
    },
  ],
  relations: [],
};
const fieldsOf = (id: string) => actorFields(dataset.actors.find((a) => a.id === id)!);

describe('editActor', () => {
  it('renames, splits aliases on commas, and keeps the position and attributes', () => {
    const result = editActor(dataset, 'mod', {
      ...fieldsOf('mod'),
      name: '  Defence Ministry ',
      aliases: 'MoD, , Ministry of Defence ',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = applyDiff(dataset, result.diff).actors[1]!;
    expect(after).toEqual({
      id: 'mod',
      name: 'Defence Ministry',
      kind: 'ministry',
      parent: 'gov',
      aliases: ['MoD', 'Ministry of Defence'],
      position: { x: 4, y: 5 },
      attributes: { weight: 2 },
    });
    expect(result.diff.actors.updated).toHaveLength(1);
  });

  it('drops emptied optional fields', () => {
    const result = editActor(dataset, 'mod', { ...fieldsOf('mod'), parent: '' });
    if (!result.ok) throw new Error('refused');
    expect(applyDiff(dataset, result.diff).actors[1]!.parent).toBeUndefined();
  });

  it('refuses an empty name, an unknown kind, and a parent that is missing, itself or inside it', () => {
    const problems = (fields: Partial<ReturnType<typeof fieldsOf>>, id = 'mod') => {
      const result = editActor(dataset, id, { ...fieldsOf(id), ...fields });
      return result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.message}`);
    };
    expect(problems({ name: '   ' })).toEqual(['Name: an actor needs a name']);
    expect(problems({ kind: 'bakery' })).toEqual(["Kind: 'bakery' is not a kind of this dataset"]);
    expect(problems({ parent: 'nobody' })).toEqual(["Parent: no actor 'nobody'"]);
    expect(problems({ parent: 'mod' })).toEqual(['Parent: an actor cannot contain itself']);
    expect(problems({ parent: 'mod' }, 'gov')).toEqual([
      'Parent: that actor is already inside this one',
    ]);
  });
});

describe('addActor and deleting', () => {
  it('adds an actor under an id made from its name, unique in the dataset', () => {
    const result = addActor(dataset, { ...NEW_ACTOR_FIELDS, name: 'Ministry', kind: 'ministry' });
    if (!result.ok) throw new Error('refused');
    expect(result.id).toBe('ministry');
    const taken = addActor(dataset, { ...NEW_ACTOR_FIELDS, name: 'Gov' });
    expect(taken.ok && taken.id).toBe('gov-2');
    expect(newId('Kata’ib Hizballah — Iraq', new Set())).toBe('kata-ib-hizballah-iraq');
    expect(newId('Qāsem', new Set())).toBe('qasem');
    expect(newId('!!!', new Set())).toBe('actor');
    expect(applyDiff(dataset, result.diff).actors.at(-1)).toEqual({
      id: 'ministry',
      name: 'Ministry',
      kind: 'ministry',
    });
  });

  it('refuses a new actor without a name', () => {
    const result = addActor(dataset, NEW_ACTOR_FIELDS);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['Name']);
  });

  it('deletes an actor with its relations, leaving its children on their own', () => {
    const after = applyDiff(dataset, deleteActor(dataset, 'gov'));
    expect(after.actors.map((a) => a.id)).toEqual(['mod']);
    expect(after.actors[0]!.parent).toBeUndefined();
  });
});

describe('several at once, and the tables’ cells', () => {
  it('sets one kind on several actors, refusing a kind the dataset does not have', () => {
    const result = setActorKind(centcomKh2024, ['kh', 'iran', 'missing'], 'organization');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const changed = result.diff.actors.updated.map(([, after]) => `${after.id} ${after.kind}`);
    expect(changed.sort()).toEqual(['iran organization', 'kh organization']);
    const refused = setActorKind(centcomKh2024, ['kh'], 'ministry');
    expect(refused).toEqual({
      ok: false,
      problems: [{ field: 'Kind', message: "'ministry' is not a kind of this dataset" }],
    });
  });

  it('sets a type, and renames with the Actor dialog’s checks on the name', () => {
    const relation = centcomKh2024.relations.find((r) => r.type === 'attacked')!;
    const typed = setRelationType(centcomKh2024, [relation.id], 'condemned');
    expect(typed.ok && typed.diff.relations.updated[0]![1].type).toBe('condemned');
    expect(setRelationType(centcomKh2024, [relation.id], 'bombed').ok).toBe(false);
    const renamed = renameActor(centcomKh2024, 'kh', '  Kata’ib Hizballah ');
    expect(renamed.ok && renamed.diff.actors.updated[0]![1].name).toBe('Kata’ib Hizballah');
    const empty = renameActor(centcomKh2024, 'kh', '   ');
    expect(empty.ok ? [] : empty.problems.map((p) => p.field)).toEqual(['Name']);
  });

  it('deleting a selection counts its actors, its relations and the relations that go with them', () => {
    const relation = centcomKh2024.relations.find((r) => r.source !== 'kh' && r.target !== 'kh')!;
    const touching = centcomKh2024.relations.filter((r) => r.source === 'kh' || r.target === 'kh');
    const deletion = deletionOf(centcomKh2024, [
      { kind: 'actor', id: 'kh' },
      { kind: 'relation', id: relation.id },
      // A relation of a deleted actor, chosen too, counts once, as chosen.
      { kind: 'relation', id: touching[0]!.id },
    ]);
    expect(deletion.actors).toBe(1);
    expect(deletion.relations).toBe(2);
    expect(deletion.withActors).toBe(touching.length - 1);
    const after = applyDiff(centcomKh2024, deletion.diff);
    expect(after.relations).toHaveLength(centcomKh2024.relations.length - touching.length - 1);
  });
});
