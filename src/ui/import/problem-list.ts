// How an import's problems are listed in the alert: located, and capped so it stays readable.
import type { Problem } from '../../model/import/validate';

/** Problems listed one per line; the rest are counted in "and N more". */
export const VISIBLE_PROBLEMS = 10;

/** The codecs end a capped list with `{ path: 'file', message: 'and N more problems' }`. */
const CODEC_REST = /^and (\d+) more problems?$/;

/** "relations[3].target: no actor 'kh2'"; a problem with the whole file is just its message. */
export function problemLine(problem: Problem): string {
  return problem.path === 'file' ? problem.message : `${problem.path}: ${problem.message}`;
}

export function visibleProblems(problems: readonly Problem[]): {
  lines: readonly string[];
  more: number;
} {
  const last = problems[problems.length - 1];
  const codecRest = last?.path === 'file' ? CODEC_REST.exec(last.message) : null;
  const real = codecRest ? problems.slice(0, -1) : problems;
  const lines = real.slice(0, VISIBLE_PROBLEMS).map(problemLine);
  const more = real.length - lines.length + (codecRest ? Number(codecRest[1]) : 0);
  return { lines, more };
}
