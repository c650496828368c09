// The built-in dataset (docs/design.md §5): actors and relations from the report in shared/seeds, with the
// paragraph behind every link. Descriptions and summaries are our own words; quotes are only the
// phrases the report itself attributes to a speaker. The positions are the app's own fcose layout
// of this graph, stored so that it opens at once without running one (docs/design.md §4).
import type { Dataset } from './schema';

const REPORT = 'report';

export const centcomKh2024: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'centcom-kh-2024',
  title: 'US strikes on Kataib Hezbollah, January 2024',
  description:
    'Who attacked, condemned, founded or backed whom around the US airstrikes on Kataib Hezbollah in Iraq in January 2024, as one news report tells it.',
  sources: [
    {
      id: REPORT,
      title: 'News report on the CENTCOM airstrikes against Kataib Hezbollah in Iraq',
      published: '2024-01',
    },
  ],
  actors: [
    {
      id: 'united-states',
      name: 'United States',
      shortName: 'US',
      aliases: ['U.S.', 'America', 'American forces'],
      kind: 'state',
      position: { x: 276.5406061961277, y: 347.9235721351434 },
      description:
        'Carried out the January 2024 airstrikes on Kataib Hezbollah and, in January 2020, the airstrike that killed Qassem Soleimani and Abu Mahdi al-Muhandis.',
    },
    {
      id: 'centcom',
      name: 'U.S. Central Command',
      shortName: 'CENTCOM',
      aliases: ['US Central Command', 'Central Command'],
      kind: 'military',
      position: { x: 482.121023811802, y: 140.62554253829427 },
      parent: 'united-states',
      description:
        'The US command that announced and defended the strikes on Kataib Hezbollah sites, calling them an answer to repeated attacks on US troops.',
    },
    {
      id: 'us-forces-iraq',
      name: 'U.S. forces in Iraq',
      aliases: ['US troops in Iraq', 'American troops'],
      kind: 'military',
      position: { x: 682.3965076869972, y: 424.7126446486986 },
      parent: 'united-states',
      description:
        'American troops stationed in Iraq, the target of the militia attacks the strikes answered.',
    },
    {
      id: 'al-asad',
      name: 'al-Asad Airbase',
      aliases: ['Al Asad Air Base', 'Ain al-Asad'],
      kind: 'facility',
      position: { x: 597.4649990878572, y: 168.5764659627892 },
      description:
        'Air base in western Iraq hosting US forces; hit by rockets and missiles on 20 January, the attack the strikes were said to answer.',
    },
    {
      id: 'lloyd-austin',
      name: 'Lloyd Austin',
      aliases: ['Secretary of Defense'],
      kind: 'person',
      position: { x: 112.10349231300285, y: 706.6607723858847 },
      parent: 'united-states',
      description:
        'US Secretary of Defense; called the strikes "necessary and proportionate" and said the US would protect its people and facilities.',
    },
    {
      id: 'biden-administration',
      name: 'Biden administration',
      kind: 'government',
      position: { x: 214.10349231300285, y: 706.6607723858847 },
      parent: 'united-states',
      description:
        'Had asked the Iraqi government to rein in the Shiite militias; the report judges that appeal to have failed.',
    },
    {
      id: 'kh',
      name: 'Kataib Hezbollah',
      shortName: 'KH',
      aliases: ["Kata'ib Hizballah", 'Kataib Hizbollah', 'Hezbollah Brigades'],
      kind: 'militia',
      position: { x: 590.6760862673086, y: 306.1154200532595 },
      description:
        'Iran-backed Shiite militia in Iraq, described as one of the most powerful of its kind; blamed for attacks on US forces including al-Asad Airbase, and the target of the strikes.',
    },
    {
      id: 'iri',
      name: 'Islamic Resistance in Iraq',
      shortName: 'IRI',
      kind: 'coalition',
      position: { x: 638.8853973911373, y: 557.1607723858847 },
      description:
        'Umbrella group of Iran-backed militias that often claims the attacks on US forces.',
    },
    {
      id: 'iran',
      name: 'Iran',
      aliases: ['Islamic Republic of Iran'],
      kind: 'state',
      position: { x: 511.87178494934204, y: 461.2930204239508 },
      description:
        'Backs Kataib Hezbollah and the militias of the Islamic Resistance in Iraq, which the report calls its proxies.',
    },
    {
      id: 'iraqi-government',
      name: 'Iraqi government',
      aliases: ['Government of Iraq', 'Baghdad'],
      kind: 'government',
      position: { x: 225.70583228706812, y: 540.9728885003252 },
      description:
        'Denounced the strikes as American aggression and argued that ending the Gaza war would stop the militia attacks.',
    },
    {
      id: 'iraqi-armed-forces',
      name: 'Iraqi armed forces',
      aliases: ['Iraqi military'],
      kind: 'military',
      position: { x: 332.60349231300285, y: 706.6607723858847 },
      description: 'Iraq’s military, whose spokesman spoke out against the strikes.',
    },
    {
      id: 'yehia-rasool',
      name: 'Yehia Rasool',
      aliases: ['Maj. Gen. Yehia Rasool', 'Yahya Rasool'],
      kind: 'person',
      position: { x: 168.3046150866178, y: 450.7098031792096 },
      parent: 'iraqi-armed-forces',
      description:
        'Major general and spokesman of the Iraqi armed forces; called the strikes a breach of Iraqi sovereignty and accused the US of ignoring Gaza.',
    },
    {
      id: 'qassem-al-araji',
      name: 'Qassem al-Araji',
      aliases: ['Qasim al-Araji'],
      kind: 'person',
      position: { x: 121.60349231300285, y: 335.4772301123207 },
      parent: 'iraqi-government',
      description:
        'Iraq’s national security adviser; condemned the strikes and said they would not help calm the situation.',
    },
    {
      id: 'qassem-soleimani',
      name: 'Qassem Soleimani',
      aliases: ['Qasem Soleimani', 'Qassim Suleimani'],
      kind: 'person',
      position: { x: 436.43927082524044, y: 338.5859114054076 },
      parent: 'iran',
      description:
        'Iranian general who worked with Kataib Hezbollah; killed in a US airstrike in January 2020.',
    },
    {
      id: 'abu-mahdi-al-muhandis',
      name: 'Abu Mahdi al-Muhandis',
      shortName: 'al-Muhandis',
      aliases: ['Abu Mahdi al Muhandis', 'Muhandis'],
      kind: 'person',
      position: { x: 437.8312823161353, y: 230.01088294485606 },
      description:
        'Founder of Kataib Hezbollah; killed alongside Qassem Soleimani in the January 2020 US airstrike.',
    },
  ],
  relations: [
    {
      id: 'centcom-attacked-kh',
      source: 'centcom',
      target: 'kh',
      type: 'attacked',
      date: '2024-01-24',
      dateInferred: true,
      summary:
        'US forces struck Kataib Hezbollah headquarters, storage and training sites tied to its rockets, missiles and one-way attack drones.',
      evidence: [
        { source: REPORT, paragraph: 1 },
        { source: REPORT, paragraph: 2 },
      ],
    },
    {
      id: 'kh-attacked-us-forces',
      source: 'kh',
      target: 'us-forces-iraq',
      type: 'attacked',
      summary: 'Kataib Hezbollah attacks on American troops in Iraq prompted the strikes.',
      evidence: [{ source: REPORT, paragraph: 1 }],
    },
    {
      id: 'kh-attacked-al-asad',
      source: 'kh',
      target: 'al-asad',
      type: 'attacked',
      date: '2024-01-20',
      dateInferred: true,
      summary:
        'The militia’s rocket and missile attack on al-Asad Airbase in western Iraq, cited by CENTCOM as a reason for the strikes.',
      evidence: [
        { source: REPORT, paragraph: 2 },
        { source: REPORT, paragraph: 4 },
      ],
    },
    {
      id: 'iri-attacked-us-forces',
      source: 'iri',
      target: 'us-forces-iraq',
      type: 'attacked',
      summary:
        'The umbrella group often claims responsibility for the series of attacks by Iranian proxies on US forces.',
      evidence: [{ source: REPORT, paragraph: 4 }],
    },
    {
      id: 'us-attacked-soleimani',
      source: 'united-states',
      target: 'qassem-soleimani',
      type: 'attacked',
      date: '2020-01',
      summary: 'Soleimani was killed in a US airstrike.',
      evidence: [{ source: REPORT, paragraph: 8 }],
    },
    {
      id: 'us-attacked-al-muhandis',
      source: 'united-states',
      target: 'abu-mahdi-al-muhandis',
      type: 'attacked',
      date: '2020-01',
      summary: 'Al-Muhandis died in the same US airstrike as Soleimani.',
      evidence: [{ source: REPORT, paragraph: 8 }],
    },
    {
      id: 'iraqi-government-condemned-us',
      source: 'iraqi-government',
      target: 'united-states',
      type: 'condemned',
      date: '2024-01',
      dateInferred: true,
      summary: 'Baghdad denounced the strikes as American aggression.',
      evidence: [
        { source: REPORT, paragraph: 1, quote: 'acts of aggression' },
        { source: REPORT, paragraph: 3 },
      ],
    },
    {
      id: 'rasool-condemned-us',
      source: 'yehia-rasool',
      target: 'united-states',
      type: 'condemned',
      date: '2024-01',
      dateInferred: true,
      summary:
        'The armed forces spokesman called the strikes a breach of Iraqi sovereignty, said the US was holding back talks on the Coalition’s future, and accused it of ignoring Gaza.',
      evidence: [
        { source: REPORT, paragraph: 5 },
        { source: REPORT, paragraph: 6 },
      ],
    },
    {
      id: 'al-araji-condemned-us',
      source: 'qassem-al-araji',
      target: 'united-states',
      type: 'condemned',
      date: '2024-01',
      dateInferred: true,
      summary:
        'The national security adviser condemned the strikes, saying they would not bring calm.',
      evidence: [
        { source: REPORT, paragraph: 6, quote: 'flagrant violation of Iraq’s sovereignty' },
      ],
    },
    {
      id: 'al-muhandis-founded-kh',
      source: 'abu-mahdi-al-muhandis',
      target: 'kh',
      type: 'founded',
      summary: 'Al-Muhandis founded Kataib Hezbollah.',
      evidence: [{ source: REPORT, paragraph: 8 }],
    },
    {
      id: 'iran-allied-kh',
      source: 'iran',
      target: 'kh',
      type: 'allied',
      summary: 'Kataib Hezbollah is an Iran-backed militia.',
      evidence: [
        { source: REPORT, paragraph: 1 },
        { source: REPORT, paragraph: 8 },
      ],
    },
    {
      id: 'iran-allied-iri',
      source: 'iran',
      target: 'iri',
      type: 'allied',
      summary:
        'The Islamic Resistance in Iraq groups Iran-backed militias, which the report calls Iranian proxies.',
      evidence: [{ source: REPORT, paragraph: 4 }],
    },
    {
      id: 'kh-allied-soleimani',
      source: 'kh',
      target: 'qassem-soleimani',
      type: 'allied',
      summary: 'Kataib Hezbollah worked with Soleimani before his death.',
      evidence: [{ source: REPORT, paragraph: 8 }],
    },
  ],
};
