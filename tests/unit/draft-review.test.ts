// The review of a draft and the dataset it makes (docs/design.md §13), and reading a report file as text.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/model/draft/draft-types';
import { htmlToText, reportFromFile, checkReportText } from '../../src/model/draft/report-input';
import {
  acceptedRelations,
  decide,
  decideAll,
  dropActor,
  mergeActor,
  reviewToDataset,
  setRelationType,
  startReview,
  swapDirection,
} from '../../src/model/draft/review';

const TEXT =
  'Alpha Corps struck Beta Front.\n\nGamma condemned the strike. Alpha Corps struck Beta Front again.';

const DRAFT: Draft = {
  actors: [
    { id: 'a1', name: 'Alpha Corps', aliases: [], kind: 'military', mentions: 2 },
    { id: 'a2', name: 'Beta Front', shortName: 'BF', aliases: [], kind: 'militia', mentions: 2 },
    { id: 'a3', name: 'Gamma', aliases: [], kind: 'state', mentions: 1 },
    { id: 'a4', name: 'Alpha', aliases: [], kind: 'state', mentions: 1 },
  ],
  relations: [
    {
      id: 'c1',
      source: 'a1',
      target: 'a2',
      type: 'attacked',
      directed: true,
      paragraph: 1,
      excerpt: 'Alpha Corps struck Beta Front.',
      cue: 'struck',
      marks: [],
    },
    {
      id: 'c2',
      source: 'a3',
      target: 'a4',
      type: 'condemned',
      directed: true,
      paragraph: 2,
      excerpt: 'Gamma condemned the strike.',
      cue: 'condemned',
      marks: [],
    },
    {
      id: 'c3',
      source: 'a1',
      target: 'a2',
      type: 'attacked',
      directed: true,
      date: '2024-05',
      paragraph: 2,
      excerpt: 'Alpha Corps struck Beta Front again.',
      cue: 'struck',
      marks: [],
    },
  ],
};

const REPORT = { title: 'Alpha report', text: TEXT, published: '2024-05-02', url: 'javascript:x' };

describe('review', () => {
  it('starts with every candidate pending and accepts nothing until told', () => {
    const review = startReview(DRAFT);
    expect(review.relations.map((r) => r.decision)).toEqual(['pending', 'pending', 'pending']);
    expect(acceptedRelations(review)).toEqual([]);
    expect(acceptedRelations(decideAll(review, 'accepted'))).toHaveLength(3);
    expect(acceptedRelations(decide(decideAll(review, 'accepted'), 'c2', 'rejected'))).toHaveLength(
      2,
    );
  });

  it('merges one actor into another: names become aliases and relations move over', () => {
    const review = mergeActor(startReview(DRAFT), 'a4', 'a1');
    expect(review.actors.find((a) => a.id === 'a1')!.aliases).toEqual(['Alpha']);
    expect(review.relations[1]).toMatchObject({ source: 'a3', target: 'a1' });
  });

  it('drops the relations of a dropped actor, and retypes or swaps a candidate', () => {
    let review = decideAll(startReview(DRAFT), 'accepted');
    review = dropActor(review, 'a3');
    expect(acceptedRelations(review).map((r) => r.id)).toEqual(['c1', 'c3']);
    review = swapDirection(setRelationType(review, 'c1', 'allied'), 'c1');
    expect(review.relations[0]).toMatchObject({ type: 'allied', directed: false, source: 'a2' });
  });
});

describe('reviewToDataset', () => {
  it('makes a valid dataset: one source with the text, one relation per pair and type with all its evidence', () => {
    const result = reviewToDataset(decideAll(startReview(DRAFT), 'accepted'), REPORT, [
      'alpha-report',
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.dataset;
    expect(d.id).toBe('alpha-report-2');
    expect(d.sources).toEqual([
      { id: 'report', title: 'Alpha report', published: '2024-05-02', text: TEXT },
    ]);
    expect(d.actors.map((a) => a.id)).toEqual(['alpha-corps', 'beta-front', 'gamma', 'alpha']);
    expect(d.relations).toHaveLength(2);
    expect(d.relations[0]!.evidence).toEqual([
      { source: 'report', paragraph: 1, excerpt: 'Alpha Corps struck Beta Front.' },
      { source: 'report', paragraph: 2, excerpt: 'Alpha Corps struck Beta Front again.' },
    ]);
  });

  it('leaves out actors that take part in no accepted relation', () => {
    const result = reviewToDataset(decide(startReview(DRAFT), 'c2', 'accepted'), REPORT);
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.actors.map((a) => a.name)).toEqual(['Gamma', 'Alpha']);
  });
});

describe('report input', () => {
  it('reads HTML as text: no scripts, styles or tags, blocks as paragraphs, entities decoded', () => {
    expect(
      htmlToText(
        '<h1>Title</h1><style>p{}</style><p>One &amp; two&nbsp;&#8217;s</p><script>x()</script><!-- c --><p>Three</p>',
      ),
    ).toBe('Title\n\nOne & two ’s\n\nThree');
  });

  it('refuses binary and over-large files, and reads Windows-1252 text', () => {
    expect(reportFromFile('a.pdf', new Uint8Array([37, 80, 68, 70, 0]))).toMatchObject({
      ok: false,
    });
    expect(reportFromFile('big.txt', new Uint8Array(2 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      message: expect.stringContaining('at most 2 MB') as string,
    });
    expect(reportFromFile('old.txt', new Uint8Array([0x93, 0x48, 0x69, 0x94]))).toEqual({
      ok: true,
      text: '“Hi”',
    });
  });

  it('refuses an empty text', () => {
    expect(checkReportText('  \n ')).toMatch(/empty/);
    expect(checkReportText('Alpha struck Beta.')).toBeUndefined();
  });
});
