// `npm run eval:extract` (docs/design.md §13): scores the drafter on the seed report and the corpus in
// tests/fixtures/draft-corpus and prints recall, precision, per-type figures, misses and false hits.
// Exits non-zero when a SPEC threshold is missed.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const { module: evaluation } = await runnerImport(
  join(ROOT, 'tests/fixtures/draft-corpus/evaluate-drafter.ts'),
);
const started = performance.now();
const result = evaluation.evaluateDrafter();
console.log(evaluation.formatEvaluation(result));
console.log(
  `\n(drafted ${result.corpus.length + (result.seed ? 1 : 0)} texts in ${Math.round(performance.now() - started)} ms)`,
);
const t = result.corpusTally;
const seed = result.seed?.tally;
const ok =
  (!seed ||
    (seed.matched >= 10 && seed.correct / seed.candidates >= 0.7 && seed.badExcerpts === 0)) &&
  t.matched / t.gold >= 0.75 &&
  t.correct / t.candidates >= 0.65 &&
  t.badExcerpts === 0;
console.log(
  ok ? 'All docs/design.md §13 thresholds met.' : 'A docs/design.md §13 threshold is MISSED.',
);
if (!ok) process.exitCode = 1;
