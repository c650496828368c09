// Word lists for actor matching (docs/design.md §14), kept apart from the matcher. Written for this
// project from the spellings English-language news and US government texts use for the same
// Arabic and Persian names; words are in search form (lower case, no accents or apostrophes).

/**
 * Spellings of one word, the first being the one the others are read as. Only whole words are
 * folded, so "Kataib" never changes inside another word.
 */
export const TRANSLITERATIONS: readonly (readonly string[])[] = [
  ['hezbollah', 'hizballah', 'hizbollah', 'hizbullah', 'hezbullah', 'hizbolla', 'hezballah'],
  ['kataib', 'katib', 'kataeb', 'kataaib'],
  ['qassem', 'qasem', 'qasim', 'qassim', 'kassem', 'ghasem'],
  ['soleimani', 'suleimani', 'sulaimani', 'soleymani', 'solaimani'],
  ['muhandis', 'mohandes', 'mohandis', 'muhandes'],
  ['mahdi', 'mehdi'],
  ['muhammad', 'mohammed', 'mohammad', 'muhammed', 'mohamed', 'mohamad'],
  ['hussein', 'husayn', 'hussain', 'husain', 'hossein'],
  ['nujaba', 'nujabaa'],
  ['harakat', 'haraka'],
  ['sayyid', 'sayed', 'sayyed', 'seyed'],
  ['shuhada', 'shohada', 'shuhadaa'],
  ['asaib', 'asaeb'],
  ['qaeda', 'qaida'],
  ['osama', 'usama'],
  ['abu', 'abou'],
  ['yemen', 'yaman'],
  ['houthis', 'houthi', 'huthis', 'huthi', 'hothis'],
  ['iraq', 'irak'],
];

/** Titles read before a name and not part of it ("General Qassem Soleimani"). */
export const TITLES: ReadonlySet<string> = new Set([
  'general',
  'gen',
  'lt',
  'colonel',
  'col',
  'major',
  'maj',
  'commander',
  'president',
  'sheikh',
  'shaykh',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sir',
  'ayatollah',
  'secretary',
]);
