// The drafter (docs/design.md §13), one phenomenon per test, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../src/model/draft/draft-report';
import type { Draft } from '../../src/model/draft/draft-types';

/** The draft's relations as "Source —type→ Target ¶n", easy to read in a failure. */
function relationsOf(draft: Draft): string[] {
  const name = (id: string) => draft.actors.find((a) => a.id === id)?.name ?? id;
  return draft.relations.map(
    (r) => `${name(r.source)} —${r.type}→ ${name(r.target)} ¶${r.paragraph}`,
  );
}
const draft = (text: string, published?: string) =>
  draftFromText(text, published ? { published } : {});
const actor = (d: Draft, name: string) => d.actors.find((a) => a.name === name);

describe('draftFromText: actors', () => {
  it('takes an acronym in parentheses as the short name, and later uses of it as the same actor', () => {
    const d = draft(
      'The Sahel Defence Brigade (SDB) shelled Fort Maro on Monday. Later the SDB attacked the Tarn Garrison.',
    );
    const sdb = actor(d, 'Sahel Defence Brigade');
    expect(sdb?.shortName).toBe('SDB');
    expect(relationsOf(d)).toEqual([
      'Sahel Defence Brigade —attacked→ Fort Maro ¶1',
      'Sahel Defence Brigade —attacked→ Tarn Garrison ¶1',
    ]);
  });

  it('resolves a surname to the person named before, and "the militia" to the latest militia', () => {
    const d = draft(
      'Colonel Hana Ruiz commanded the Lowland Militia.\n\nRuiz condemned the Delta Corps. The militia attacked the Delta Corps on Friday.',
    );
    expect(relationsOf(d)).toEqual([
      'Hana Ruiz —condemned→ Delta Corps ¶2',
      'Lowland Militia —attacked→ Delta Corps ¶2',
    ]);
    expect(actor(d, 'Hana Ruiz')?.kind).toBe('person');
  });

  it('makes no actor of a demonym or a title before a name', () => {
    const d = draft('The Orlan Front collaborated with Ostrian Colonel Pavel Dukas.');
    expect(relationsOf(d)).toEqual(['Orlan Front —allied→ Pavel Dukas ¶1']);
    expect(d.actors.map((a) => a.name)).not.toContain('Ostrian Colonel Pavel Dukas');
    expect(d.actors.map((a) => a.name)).not.toContain('Ostrian');
  });

  it('guesses kinds from the words of a name and from an appositive', () => {
    const d = draft(
      'The Tarsus Navy struck the Vell Airbase. The Kora Brigades, a militia group, attacked the Tarsus Navy.',
    );
    expect(actor(d, 'Tarsus Navy')?.kind).toBe('military');
    expect(actor(d, 'Vell Airbase')?.kind).toBe('facility');
    expect(actor(d, 'Kora Brigades')?.kind).toBe('militia');
  });
});

describe('draftFromText: attacks', () => {
  it('reads the active voice: subject attacked object', () => {
    expect(
      relationsOf(draft('Rebels of the Ash Column ambushed a patrol of the Royal Army.')),
    ).toEqual(['Ash Column —attacked→ Royal Army ¶1']);
  });

  it('reads the passive voice: "strikes were carried out by X against Y"', () => {
    expect(
      relationsOf(
        draft('The strikes were carried out by the Coastal Command against the Iron Hand.'),
      ),
    ).toEqual(['Coastal Command —attacked→ Iron Hand ¶1']);
  });

  it('reads event nouns: "X\'s attack on Y" and "strikes against Y"', () => {
    expect(relationsOf(draft("The Iron Hand's attack on Port Selim left three dead."))).toEqual([
      'Iron Hand —attacked→ Port Selim ¶1',
    ]);
    expect(
      relationsOf(draft('The Coastal Command launched strikes against the Iron Hand overnight.')),
    ).toEqual(['Coastal Command —attacked→ Iron Hand ¶1']);
  });

  it('reads "killed in a Y airstrike" as Y attacking the person killed, and those killed alongside', () => {
    const d = draft(
      'The Iron Hand mourned Commander Ilyas Qadir, who was killed in a Tarsian airstrike in May 2021, alongside Iron Hand founder Samir Oz.',
    );
    expect(relationsOf(d)).toEqual([
      'Tarsian —attacked→ Ilyas Qadir ¶1',
      'Tarsian —attacked→ Samir Oz ¶1',
      'Samir Oz —founded→ Iron Hand ¶1',
    ]);
    expect(d.relations[0]!.date).toBe('2021-05');
    expect(d.relations[0]!.dateInferred).toBeUndefined();
  });

  it('proposes no negated, denied, threatened, planned or hoped-for attack', () => {
    const text = [
      'The Iron Hand did not attack the Coastal Command.',
      'The Coastal Command denied shelling Port Selim.',
      'The Iron Hand threatened to strike the Coastal Command.',
      'The Coastal Command is planning attacks on the Iron Hand.',
      'The Iron Hand hopes to hit the Coastal Command soon.',
      'The Coastal Command would never bomb Port Selim.',
    ].join(' ');
    expect(relationsOf(draft(text))).toEqual([]);
  });
});

describe('draftFromText: condemnation', () => {
  it('aims a condemnation of an event at whoever carried it out, found earlier in the text', () => {
    const d = draft(
      'The Coastal Command bombed the Iron Hand on Tuesday.\n\nThe Fenwick Council condemned the bombing, calling it "a reckless escalation."',
    );
    expect(relationsOf(d)).toEqual([
      'Coastal Command —attacked→ Iron Hand ¶1',
      'Fenwick Council —condemned→ Coastal Command ¶2',
    ]);
    expect(d.relations[1]!.quote).toBe('a reckless escalation');
  });

  it('aims "condemning the strikes" in a participle at the striker named in the same sentence', () => {
    const d = draft(
      'Senator Ada Brill spoke after the Tarsian airstrikes, condemning the airstrikes as a "grave violation".',
    );
    expect(relationsOf(d)).toEqual(['Ada Brill —condemned→ Tarsian ¶1']);
  });

  it('reads "accused X of" and "criticized X for" with a named target, and a pronoun speaker', () => {
    const d = draft(
      'Minister Lea Varn spoke on Monday. She accused the Iron Hand of smuggling arms. The Fenwick Council criticized the Coastal Command for the delays.',
    );
    expect(relationsOf(d)).toEqual([
      'Lea Varn —condemned→ Iron Hand ¶1',
      'Fenwick Council —condemned→ Coastal Command ¶1',
    ]);
  });

  it('keeps quotes only as the text gives them, and none when the text quotes nothing', () => {
    const d = draft('The Fenwick Council condemned the Iron Hand.');
    expect(d.relations[0]!.quote).toBeUndefined();
  });
});

describe('draftFromText: alliance and founding', () => {
  it('reads compounds: "an Ostria-backed militia" allies Ostria with the actor it describes', () => {
    const d = draft('The Red Banner, an Ostria-backed militia, shelled Port Selim.');
    expect(relationsOf(d)).toEqual([
      'Ostria —allied→ Red Banner ¶1',
      'Red Banner —attacked→ Port Selim ¶1',
    ]);
    expect(d.relations[0]!.directed).toBe(false);
  });

  it('reads "backed by", "received weapons from" and "X and Y announced an alliance"', () => {
    const d = draft(
      'The Red Banner is backed by Ostria. The Grey Wolves received weapons from Ostria. The Red Banner and the Grey Wolves announced an alliance.',
    );
    expect(relationsOf(d)).toEqual([
      'Ostria —allied→ Red Banner ¶1',
      'Ostria —allied→ Grey Wolves ¶1',
      'Red Banner —allied→ Grey Wolves ¶1',
    ]);
  });

  it('reads founders: "X founder Y", "was founded by" and "Y, the founder of X"', () => {
    const d = draft(
      'Red Banner founder Omar Dalil spoke. The Grey Wolves were founded in 2009 by Lina Haas. Karl Most, the founder of the Ash Column, resigned.',
    );
    expect(relationsOf(d)).toEqual([
      'Omar Dalil —founded→ Red Banner ¶1',
      'Lina Haas —founded→ Grey Wolves ¶1',
      'Karl Most —founded→ Ash Column ¶1',
    ]);
  });
});

describe('draftFromText: evidence', () => {
  it('gives each relation its paragraph, its sentence verbatim, and marks cue and actors in it', () => {
    const text =
      'Intro line without events.\n\nAfter talks failed, the Coastal Command struck the Iron Hand. Nothing else.';
    const d = draft(text);
    const r = d.relations[0]!;
    expect(r.paragraph).toBe(2);
    expect(r.excerpt).toBe('After talks failed, the Coastal Command struck the Iron Hand.');
    expect(r.cue).toBe('struck');
    const marked = r.marks.map((m) => `${m.role}:${r.excerpt.slice(m.start, m.end)}`);
    expect(marked).toEqual(['source:Coastal Command', 'cue:struck', 'target:Iron Hand']);
  });

  it('takes each line as a paragraph when the text has no blank line', () => {
    const d = draft('First line.\nThe Coastal Command struck the Iron Hand.');
    expect(d.relations[0]!.paragraph).toBe(2);
  });

  it('resolves "on Wednesday" against the published day and marks it inferred', () => {
    const d = draft('The Coastal Command struck the Iron Hand on Wednesday.', '2024-03-08');
    expect(d.relations[0]!.date).toBe('2024-03-06');
    expect(d.relations[0]!.dateInferred).toBe(true);
  });

  it('gives a month and day without a year the published year, marked inferred', () => {
    const d = draft('The Coastal Command struck the Iron Hand on February 2.', '2024-03-08');
    expect(d.relations[0]!.date).toBe('2024-02-02');
    expect(d.relations[0]!.dateInferred).toBe(true);
  });

  it('reports progress after each paragraph, ending at 1', () => {
    const seen: number[] = [];
    draftFromText('One.\n\nTwo.\n\nThree.', { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([1 / 3, 2 / 3, 1]);
  });
});
