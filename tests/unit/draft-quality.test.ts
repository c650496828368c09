// The drafter's quality thresholds (docs/design.md §13), scored as `npm run eval:extract` scores them: the
// seed report against the built-in dataset, and the hand-coded corpus in tests/fixtures.
import { describe, expect, it } from 'vitest';
import { precision, recall } from '../../src/model/draft/evaluate';
import { evaluateDrafter, formatEvaluation } from '../fixtures/draft-corpus/evaluate-drafter';
import { readSeedReport } from '../fixtures/draft-corpus/seed-gold';

const evaluation = evaluateDrafter();
const report = formatEvaluation(evaluation);

describe('drafting quality (docs/design.md §13)', () => {
  it('scores a corpus of at least ten texts', () => {
    expect(evaluation.corpus.length).toBeGreaterThanOrEqual(10);
  });

  it('finds at least 75% of the corpus gold relations, with precision at least 0.65', () => {
    const t = evaluation.corpusTally;
    expect(recall(t), report).toBeGreaterThanOrEqual(0.75);
    expect(precision(t), report).toBeGreaterThanOrEqual(0.65);
  });

  it('quotes every corpus excerpt verbatim from the paragraph it names', () => {
    expect(evaluation.corpusTally.badExcerpts, report).toBe(0);
  });

  // The seed report lives beside the repository (../shared/seeds), never inside it.
  it.skipIf(readSeedReport() === undefined)(
    'matches at least 10 built-in relations on the seed report with precision at least 0.7, excerpts verbatim',
    () => {
      const t = evaluation.seed!.tally;
      expect(t.matched, report).toBeGreaterThanOrEqual(10);
      expect(precision(t), report).toBeGreaterThanOrEqual(0.7);
      expect(t.badExcerpts, report).toBe(0);
    },
  );
});
