// Cue words the drafter reads relations from (docs/design.md §13), kept as data apart from the rules.
//
// Origin: grouped after the CAMEO event codebook (Schrodt, Event Data Project, 2012) — attacks after
// its roots 18–20 (assault, fight, mass violence: 181 abduct, 183 bombings, 190 use of force,
// 193 small arms, 195 aerial weapons), condemnation after 111 criticise/denounce and 112 accuse,
// alliance after 05x–07x (cooperate, material aid: 057 sign agreement, 061 cooperate, 062 military
// cooperation, 07x provide aid); the founding cues are our own. The words and their inflections
// were chosen and written here by the Actor Graph team; none is copied from CAMEO's or PETRARCH2's
// verb dictionaries.

/** Every inflection of a verb the drafter reads, keyed by the form in the text. */
type VerbTable = Readonly<Record<string, string>>;

const inflect = (forms: Readonly<Record<string, readonly string[]>>): VerbTable => {
  const table: Record<string, string> = {};
  for (const [lemma, words] of Object.entries(forms)) for (const w of words) table[w] = lemma;
  return table;
};

/**
 * Attack verbs (CAMEO 18–20). The lemma doubles as the event's family: a later "the shelling" or
 * "the rocket fire" finds its agent among earlier events of the same family.
 */
export const ATTACK_VERBS: VerbTable = inflect({
  attack: ['attack', 'attacks', 'attacked', 'attacking'],
  strike: ['strike', 'strikes', 'struck', 'striking', 'airstrike', 'airstriked'],
  shell: ['shell', 'shells', 'shelled', 'shelling'],
  bomb: ['bomb', 'bombs', 'bombed', 'bombing'],
  ambush: ['ambush', 'ambushes', 'ambushed', 'ambushing'],
  target: ['target', 'targets', 'targeted', 'targeting', 'targetted'],
  kill: ['kill', 'kills', 'killed', 'killing', 'assassinate', 'assassinated', 'assassinating'],
  assault: ['assault', 'assaults', 'assaulted', 'assaulting', 'storm', 'stormed', 'storming'],
  invade: ['invade', 'invades', 'invaded', 'invading'],
  fire: ['fire', 'fires', 'fired', 'firing', 'rocket', 'rocketed', 'rocketing'],
  hit: ['hit', 'hits', 'hitting'],
  raid: ['raid', 'raids', 'raided', 'raiding'],
  seize: ['seize', 'seizes', 'seized', 'seizing'],
  overrun: ['overran', 'overrun', 'overruns', 'overrunning'],
  damage: ['damaged', 'destroyed'],
});

/**
 * Families that name an act of force against someone but not an attack of the four types (CAMEO
 * 17x coercion: raids, seizures): remembered, so that "condemned the raids" finds who raided, but
 * never proposed as `attacked`.
 */
export const COERCION_FAMILIES: ReadonlySet<string> = new Set(['raid', 'seize']);

/** Verbs whose object is the target only when it is a place or a party, not a thing ("fire"). */
export const FIRE_OBJECTS: ReadonlySet<string> = new Set([
  'rockets',
  'rocket',
  'missiles',
  'missile',
  'shells',
  'mortars',
  'drones',
  'artillery',
  'shots',
]);

/** Event nouns of attack, each with its family (CAMEO 18–20, 17x for raid and seizure). */
export const ATTACK_NOUNS: Readonly<Record<string, string>> = {
  attack: 'attack',
  attacks: 'attack',
  strike: 'strike',
  strikes: 'strike',
  airstrike: 'strike',
  airstrikes: 'strike',
  'air strike': 'strike',
  'air strikes': 'strike',
  bombing: 'bomb',
  bombings: 'bomb',
  bombardment: 'bomb',
  shelling: 'shell',
  assault: 'assault',
  assaults: 'assault',
  ambush: 'ambush',
  offensive: 'attack',
  killing: 'kill',
  killings: 'kill',
  assassination: 'kill',
  invasion: 'invade',
  fire: 'fire',
  raid: 'raid',
  raids: 'raid',
  seizure: 'seize',
  explosion: 'bomb',
  blast: 'bomb',
  sabotage: 'bomb',
};

/** "X claimed responsibility", "the attack was claimed by X". */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(['claimed', 'claims', 'claim', 'claiming']);

/** Verbs that carry out an event noun: "conducted airstrikes against", "launched an attack on". */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set([
  'conducted',
  'conduct',
  'conducts',
  'carried',
  'carry',
  'carries',
  'launched',
  'launch',
  'launches',
  'staged',
  'mounted',
  'executed',
  'made',
]);

/** Condemnation verbs (CAMEO 111 criticise or denounce, 112 accuse). */
export const CONDEMN_VERBS: VerbTable = inflect({
  condemn: ['condemn', 'condemns', 'condemned', 'condemning'],
  criticize: [
    'criticize',
    'criticizes',
    'criticized',
    'criticizing',
    'criticise',
    'criticised',
    'criticising',
  ],
  denounce: ['denounce', 'denounces', 'denounced', 'denouncing'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  blame: ['blame', 'blames', 'blamed', 'blaming'],
  decry: ['decry', 'decries', 'decried', 'decrying'],
  deplore: ['deplore', 'deplores', 'deplored', 'deploring'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  rebuke: ['rebuke', 'rebukes', 'rebuked', 'rebuking'],
  censure: ['censure', 'censures', 'censured', 'censuring'],
});

/**
 * Verbs that condemn only with a damning description after them: "labeled the airstrikes as a
 * violation of sovereignty" (CAMEO 111), but not "described the strikes as necessary".
 */
export const LABEL_VERBS: ReadonlySet<string> = new Set([
  'labeled',
  'labelled',
  'labeling',
  'labelling',
  'branded',
  'branding',
  'called',
  'calling',
  'described',
  'describing',
  'termed',
]);

/** Words that make a description damning, for LABEL_VERBS. */
export const DAMNING_WORDS: ReadonlySet<string> = new Set([
  'violation',
  'aggression',
  'crime',
  'crimes',
  'terrorism',
  'terrorist',
  'illegal',
  'breach',
  'unacceptable',
  'cowardly',
  'persecution',
  'escalation',
  'massacre',
  'atrocity',
]);

/** Condemnation nouns: "despite the government's denouncement". */
export const CONDEMN_NOUNS: ReadonlySet<string> = new Set([
  'condemnation',
  'denouncement',
  'denunciation',
  'criticism',
]);

/** Alliance verbs read with "by" in the passive and their object in the active (CAMEO 06x–07x). */
export const BACKING_VERBS: VerbTable = inflect({
  back: ['back', 'backs', 'backed', 'backing'],
  support: ['support', 'supports', 'supported', 'supporting'],
  sponsor: ['sponsor', 'sponsors', 'sponsored', 'sponsoring'],
  fund: ['fund', 'funds', 'funded', 'funding', 'finance', 'financed', 'financing'],
  arm: ['arm', 'arms', 'armed', 'arming'],
  train: ['train', 'trains', 'trained', 'training'],
});

/** Alliance verbs followed by "with" (CAMEO 061–062 cooperate). */
export const WITH_VERBS: ReadonlySet<string> = new Set([
  'cooperated',
  'cooperates',
  'cooperate',
  'cooperating',
  'collaborated',
  'collaborates',
  'collaborate',
  'collaborating',
  'allied',
  'aligned',
  'partnered',
  'sided',
  'worked',
  'fought',
  'fighting',
]);

/** "received weapons from X" (CAMEO 07x provide aid, seen from the receiving side). */
export const RECEIVE_VERBS: ReadonlySet<string> = new Set([
  'received',
  'receives',
  'receive',
  'receiving',
  'obtained',
  'got',
  'gets',
]);
export const AID_NOUNS: ReadonlySet<string> = new Set([
  'weapons',
  'arms',
  'funding',
  'funds',
  'money',
  'support',
  'training',
  'aid',
  'assistance',
  'backing',
  'equipment',
  'drones',
  'missiles',
  'rockets',
]);

/** "X and Y announced an alliance" (CAMEO 057 sign formal agreement). */
export const ALLIANCE_NOUNS: ReadonlySet<string> = new Set([
  'alliance',
  'pact',
  'partnership',
  'coalition',
]);
export const ALLIANCE_VERBS: ReadonlySet<string> = new Set([
  'announced',
  'formed',
  'signed',
  'declared',
  'sealed',
  'forged',
]);

/** Compounds "Iran-backed militias": the part after the hyphen. */
export const BACKING_COMPOUNDS: ReadonlySet<string> = new Set([
  'backed',
  'supported',
  'sponsored',
  'funded',
  'aligned',
  'allied',
  'armed',
  'trained',
]);

/** Founding (our own cues). */
export const FOUND_VERBS: ReadonlySet<string> = new Set([
  'founded',
  'founds',
  'found',
  'established',
  'establishes',
  'created',
  'formed',
  'set',
]);
export const FOUNDER_NOUNS: ReadonlySet<string> = new Set(['founder', 'co-founder', 'cofounder']);

/**
 * Words before a cue that make its event unreal: negated, threatened, planned, hoped for or only
 * possible. "did not condemn", "threatened to retaliate", "denied shelling", "would halt attacks".
 */
export const UNREAL_WORDS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'without',
  'denied',
  'denies',
  'deny',
  'denying',
  'threatened',
  'threatens',
  'threaten',
  'threatening',
  'vowed',
  'vows',
  'pledged',
  'pledging',
  'promised',
  'promises',
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'would',
  'could',
  'may',
  'might',
  'will',
  'shall',
  'should',
  'seek',
  'seeks',
  'sought',
  'if',
  'unless',
  'urged',
  'prepared',
  'preparing',
  'avoid',
  'prevent',
  'prevented',
  'halt',
  'ending',
  'refused',
  'declined',
  'failed',
  'believed',
  'alleged',
  'allegedly',
  'suspected',
]);

/** Verbs that report speech: "X said Y attacked Z" keeps Y, not X, as the attacker. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'stated',
  'confirmed',
  'reported',
  'announced',
  'claimed',
  'added',
  'told',
]);
