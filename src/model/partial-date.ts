// Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): one check shared by the importer, links and
// the date fields. Kept apart from the validator so the initial bundle need not load zod.

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day (29 February only in leap years). */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const year = Number(y);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  const day = Number(d);
  return day >= 1 && day <= last;
}
