import { compareItem } from '../../src/domain/comparison.js';
import { developmentQuestionNumber } from '../../src/domain/form.js';
import { PHASES, PHASE_LABELS, type Phase } from '../../src/domain/phases.js';
import { ROLE_LABELS, type Role } from '../../src/domain/roles.js';
import { SCALE, type RatingValue } from '../../src/domain/scale.js';
import type { Counts, ReportModel } from '../../src/report/model.js';

/**
 * Fictional audit rounds shaped like the seed report (Randers 2012): same form, same scale,
 * same report structure; every name, case and discussion text is invented.
 */

/** The nine items of the seed's vurderingsskema, word for word. */
export const SEED_ITEMS = [
  'Vurder hvorvidt der er formuleret et formål med indsatsen, som er tydeligt?',
  'Vurder i hvilken grad indsatsmålene er formuleret således, at der er sandsynlighed for, at målene kan nås inden for den angivne tidsramme?',
  'Vurder i hvilken grad handleplanen angiver, hvornår indsatsmålene er opfyldt?',
  'Vurder hvorvidt omfanget af indsatsen er tydeligt angivet i handleplanen/bestillingen?',
  'Vurder hvorvidt handleplanens indsatsmål er formuleret så bredt og rummeligt, at de giver udfører tilstrækkelig fleksibilitet i udførelsen?',
  'Vurder om indsatsens varighed er klart angivet i handleplanen?',
  'Vurder hvorvidt der er sammenhæng mellem formål, indsatsmål og bevilling af indsats?',
  'Vurder om borgeren i tilstrækkelig grad har været involveret i udarbejdelsen af handleplanen?',
  'Vurder hvorvidt handleplanen alt i alt lever op til at være et styringsredskab? (her tænkes såvel et fagligt og ressourcemæssigt styringsredskab som et kommunikations- og aftaleredskab)',
] as const;

export const SEED_DEVELOPMENT_QUESTION =
  'Nævn de tre områder, hvor du mener, at der er størst udviklingspotentiale i forhold til at forbedre handleplanen som et effektivt styringsredskab og kom med forslag til forbedringer.';

const THEMES = [
  { key: 'formaal', title: 'Formål og mål for indsats', items: [1, 2, 3, 4, 5, 6, 7] },
  { key: 'borgerinddragelse', title: 'Borgerinddragelse', items: [8] },
  { key: 'samlet', title: 'Samlet vurdering', items: [9] },
];

/** Mean rating (0–3) the fictional panel tends towards per item: item 6 (varighed) is weak, as in the seed. */
const ITEM_LEVEL = [2.3, 1.8, 1.5, 1.7, 2.2, 0.9, 1.9, 2.1, 1.7];

const FOCUS_POINTS: { title: string; items: number[]; discussion: string; recommendations: string[] }[] = [
  {
    title: 'Formålet med indsatsen',
    items: [1, 7],
    discussion:
      'Panelet fandt i de fleste sager et formål, der gav en klar retning for indsatsen. I to sager var formålet ' +
      'derimod formuleret så generelt, at det var svært at se, hvornår det kunne anses for opfyldt – fx når der ' +
      'blot stod, at borgeren skulle "have det bedre i hverdagen".\n\n' +
      'Panelet drøftede, om et formål skal kunne måles. Der var enighed om, at formålet skal pege på længere ' +
      'sigt, men også være så konkret, at sagsbehandler og borger ved opfølgningen kan tale om, hvorvidt det er nået.',
    recommendations: [
      'Det anbefales, at handleplanen indeholder et formål, som angiver den langsigtede retning for indsatsen.',
      'Det anbefales, at formålet beskrives så konkret, at det ved opfølgningen er muligt at vurdere, om det er opfyldt.',
    ],
  },
  {
    title: 'Mål og delmål for indsatsen',
    items: [2, 3, 5],
    discussion:
      'Drøftelserne viste, at begreberne formål, indsatsmål, delmål og aktiviteter bliver brugt forskelligt i ' +
      'afdelingen. I flere handleplaner var der beskrevet aktiviteter, men ingen mål, som aktiviteterne skulle føre hen imod.\n\n' +
      'Flere paneldeltagere fremhævede i deres svar på udviklingsspørgsmålet, at målbare delmål med tydelige ' +
      'succeskriterier gør det lettere at styre indsatsen og at følge op. Samtidig blev det understreget, at ' +
      'målene skal være overskuelige for borgeren, så fremskridt bliver synlige undervejs. Panelet pegede også ' +
      'på, at det gør en forskel, om indsatsen er kompenserende, vedligeholdende eller udviklende.',
    recommendations: [
      'Det anbefales, at afdelingen fastlægger fælles betegnelser for formål, indsatsmål og indsats, så alle bruger begreberne ens.',
      'Det anbefales, at indsatsmålene formuleres med succeskriterier, så det kan vurderes, om de ønskede resultater er opnået.',
      'Det anbefales, at sagsbehandleren beskriver, hvilken virkning indsatsen forventes at have for borgeren, så udfører ved, hvad der arbejdes hen imod.',
      'Det anbefales, at sagsbehandler og borger sammen prioriterer rækkefølgen af indsatsmålene med udgangspunkt i borgerens motivation.',
      'Det anbefales, at afdelingen afklarer, om anbefalingerne om mål gælder alle handleplaner eller kun dem med et udviklende sigte.',
    ],
  },
  {
    title: 'Varighed og opfølgning',
    items: [4, 6],
    discussion:
      'Kun i én af de seks sager var indsatsens forventede varighed beskrevet. I de øvrige sager var den eneste ' +
      'tidsangivelse datoen for næste opfølgning. Panelet drøftede, om det enkelte indsatsmål bør have en ' +
      'tidshorisont, så det fremgår, hvad der er kortsigtede og langsigtede mål.\n\n' +
      'Omfanget af indsatsen, fx antal timer, hører efter panelets opfattelse hjemme i bestillingen til udfører ' +
      'og ikke i selve handleplanen.',
    recommendations: [
      'Det anbefales, at det for hvert indsatsmål angives, om det er kortsigtet eller langsigtet, og hvornår det forventes nået.',
      'Det anbefales, at handleplanen angiver den forventede varighed af indsatsen.',
      'Det anbefales, at der i nye, komplekse eller udgiftstunge sager følges op inden for tre måneder.',
    ],
  },
  {
    title: 'Borgerens medvirken',
    items: [8],
    discussion:
      'I fire af sagerne fremgik det tydeligt, at borgeren havde medvirket til at udarbejde handleplanen. I to ' +
      'sager var det uklart, og panelet vurderede, at det svækker handleplanen som aftaleredskab.\n\n' +
      'En sag gav anledning til en længere drøftelse, fordi borgeren ikke var enig i et af målene. Panelet var ' +
      'enigt om, at sagsbehandleren tager udgangspunkt i sin faglige vurdering, men at uenigheden og ' +
      'begrundelsen for målet i så fald skal stå klart i handleplanen.',
    recommendations: [
      'Det anbefales, at det fremgår af handleplanen, hvordan borgeren har medvirket til at udarbejde den.',
      'Det anbefales, at borgeren så vidt muligt inddrages i at formulere formål og indsatsmål, og at arbejdet tager afsæt i borgerens motivation.',
      'Det anbefales, at borgerens egne bemærkninger til handleplanen noteres i handleplanen.',
      'Det anbefales, at sagsbehandleren begrunder fagligt, hvorfor der arbejdes med et indsatsmål, som borgeren ikke er enig i.',
    ],
  },
  {
    title: 'Samspillet med udfører',
    items: [5, 9],
    discussion:
      'Panelet var enigt om, at indsatsmålene skal give udfører plads til selv at vælge den faglige og metodiske ' +
      'tilgang. I én sag var målene dog så åbne, at en ny udfører næppe ville kunne se, hvad der skulle arbejdes ' +
      'med. En sag blev omvendt fremhævet, fordi handleplanen gav konkrete eksempler på handlinger, som udfører ' +
      'kunne tage udgangspunkt i.\n\n' +
      'Repræsentanten fra udførerområdet efterlyste mere viden om borgerens situation i handleplanen. Panelet ' +
      'så gode muligheder for et fælles mødeforum for myndighed og udfører.',
    recommendations: [
      'Det anbefales, at indsatsmålene formuleres, så de ikke fastlægger en bestemt faglig eller metodisk tilgang for udfører.',
      'Det anbefales, at sagsbehandleren giver sin viden om virkningsfulde tilgange til borgeren videre til udfører som forslag.',
      'Det anbefales, at afdelingen overvejer et fast forum for erfaringsudveksling og kompetenceudvikling på tværs af myndighed og udfører.',
    ],
  },
];

const DEVELOPMENT_ANSWERS: ReportModel['developmentAnswers'] = [
  {
    area: 'Mål og succeskriterier',
    suggestions: [
      'Skriv delmål, der kan måles, og angiv hvordan vi ser, at de er nået.',
      'Brug en fast skabelon med formål øverst og delmål nedenunder.',
      'Færre og mere præcise mål i hver handleplan.',
      'Succeskriterier formuleret sammen med borgeren.',
    ],
  },
  {
    area: 'Opfølgning og tidsramme',
    suggestions: [
      'Angiv altid forventet varighed og næste opfølgningsdato.',
      'Tættere opfølgning i de første måneder af en ny indsats.',
    ],
  },
  {
    area: 'Borgerinddragelse',
    suggestions: [
      'Notér borgerens egne ord om, hvad der er vigtigt.',
      'Giv borgeren en kopi af handleplanen med mulighed for bemærkninger.',
      'Skriv handleplanen i et sprog, borgeren kan forstå.',
    ],
  },
  {
    area: 'Samarbejde med udfører',
    suggestions: [
      'Fælles opstartsmøde mellem sagsbehandler, udfører og borger.',
      'Udfører skal have relevant baggrundsviden med i bestillingen.',
      'Kvartalsvise møder mellem myndighed og udførere om erfaringer.',
    ],
  },
];

const PANELIST_NAMES = [
  'Mette Søgaard',
  'Jens Ærø Kristensen',
  'Åse Mølgaard',
  'Karim Haddad',
  'Louise Bøgh Andersen',
  'Thomas Riis',
  'Hanne Østergaard',
  'Peter Friis',
  'Sofie Dalgård',
  'Nikolaj Holm',
  'Birgit Lund Jørgensen',
  'Ali Demir',
  'Camilla Brøns',
  'Rasmus Vestergaard',
  'Ingrid Kjær',
  'Morten Skov',
  'Lene Husted',
  'Frederik Bæk',
  'Pia Thygesen',
  'Anders Lykke',
];

const AREAS = ['Socialpsykiatri', 'Voksen Handicap', 'Børn Handicap', 'Socialt udsatte'];

const ORGANISATION = 'Fjordby Kommune';

export function seedLikeReportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  return { ...buildModel({ cases: 6, panelists: 6, areas: 3, focusPoints: FOCUS_POINTS, seed: 2012 }), ...overrides };
}

/**
 * The seed-like report as a genaudit of a 2025 round: item 1 is new, items 2–9 are compared
 * (case scores per side below: item 6 clearly better, item 3 clearly worse, item 9 rated na
 * throughout now, the rest in between), so [4] Sammenligning med 2025 is drawn.
 */
export function genauditReportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  const base = seedLikeReportModel();
  const scores: Record<number, [number[], number[]]> = {
    2: [
      [2, 2, 1, 2, 3, 2],
      [2, 3, 2, 2, 3, 2],
    ],
    3: [
      [3, 3, 2, 3, 3, 2],
      [0, 1, 0, 0, 1, 0],
    ],
    4: [
      [1, 2, 1, 1, 2, 2],
      [2, 2, 1.5, 2, 2, 3],
    ],
    5: [
      [2, 2, 2, 2, 2, 2],
      [2, 2, 2, 2, 2, 2],
    ],
    6: [
      [1, 0, 0, 2, 0, 0],
      [3, 3, 2, 3, 3, 3],
    ],
    7: [
      [2, 1, 2, 2, 1, 2],
      [2, 2, 1, 2, 3, 2],
    ],
    8: [
      [1, 1, 0, 1, 2, 1],
      [1, 2, 1, 2, 2, 1],
    ],
    9: [[2, 2, 3, 2, 2, 2], []],
  };
  const items = base.results.items.flatMap(({ number, text }) => {
    const pair = scores[number];
    return pair ? [{ number, text, ...compareItem(pair[0], pair[1]) }] : [];
  });
  return {
    ...base,
    comparison: { baselineTitle: 'Bedre handleplaner 2025', baselineYear: '2025', items, newItemNumbers: [1] },
    ...overrides,
  };
}

/** 60 cases × 9 items rated by 20 panelists: the size the renderer must handle in < 3 s. */
export function largeReportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  const focusPoints = [
    ...FOCUS_POINTS,
    ...FOCUS_POINTS.slice(1, 4).map((fp) => ({ ...fp, title: `${fp.title} (opfølgning)` })),
  ];
  const model = buildModel({ cases: 60, panelists: 20, areas: 4, focusPoints, seed: 60 });
  model.round.title = 'Handleplaner på tværs af socialområdet';
  model.developmentAnswers = DEVELOPMENT_ANSWERS.map((a) => ({
    area: a.area,
    suggestions: Array.from({ length: 4 }, () => a.suggestions).flat(),
  }));
  return { ...model, ...overrides };
}

interface Shape {
  cases: number;
  panelists: number;
  areas: number;
  focusPoints: typeof FOCUS_POINTS;
  seed: number;
}

function buildModel(shape: Shape): ReportModel {
  const random = mulberry32(shape.seed);
  const cases = Array.from({ length: shape.cases }, (_, i) => buildCase(i, shape.areas));
  const panel = buildPanel(shape.panelists);
  const themes = THEMES.map((t) => ({
    key: t.key,
    title: t.title,
    items: t.items.map((n) => ({ id: `item-${n}`, number: n, text: SEED_ITEMS[n - 1] ?? '', baselineItemId: null })),
  }));
  const ratings = rateAll(random, shape.cases, shape.panelists);
  let number = 0;
  const focusPoints = shape.focusPoints.map((fp, index) => ({
    id: `fp-${index + 1}`,
    position: index + 1,
    title: fp.title,
    discussion: fp.discussion,
    itemNumbers: fp.items,
    recommendations: fp.recommendations.map((text) => {
      number += 1;
      return { id: `rec-${number}`, number, text };
    }),
  }));
  return {
    draft: false,
    generatedAt: '2025-05-23T10:00:00.000Z',
    round: {
      id: 'round-fixture',
      title: 'Bedre handleplaner i Social og Handicap',
      organisation: ORGANISATION,
      purpose:
        'At styrke handleplanerne efter servicelovens §§ 140 og 141 som fagligt og økonomisk styringsredskab og ' +
        'som aftaleredskab mellem borger, myndighed og udfører.',
      scope:
        'Auditforløbet ser på indholdet af handleplanerne – formål, mål, varighed, borgerinddragelse og ' +
        'samspillet med udfører. Handleplanernes opbygning og skabelon indgår ikke, da den er fastlagt i ' +
        'kommunens it-system.',
      background:
        'Handleplanen er kommunens redskab til at planlægge og styre indsatsen for den enkelte borger og ' +
        'samtidig en aftale mellem borger, myndighed og udfører. En handleplan med uklare mål gør det svært at ' +
        'vurdere, om indsatsen virker, og øger risikoen for, at den bliver dyrere eller mere indgribende end nødvendigt.\n\n' +
        'Social og Handicap i Fjordby Kommune har derfor ønsket en systematisk faglig gennemgang af et udvalg af ' +
        'handleplaner for at finde de områder, hvor praksis kan styrkes.',
      foreword:
        'Denne rapport er første del af projektet »Bedre handleplaner« i Fjordby Kommune. Den samler de vigtigste ' +
        'fokuspunkter og anbefalinger fra et auditforløb, hvor et panel af medarbejdere og ledere har gennemgået ' +
        'seks handleplaner fra afdelingens tre hovedområder.\n\n' +
        'Anbefalingerne danner grundlag for ledelsens beslutning om, hvilke tiltag der skal gennemføres. Om et år ' +
        'følges der op med en ny gennemgang af handleplaner for at se, om kvaliteten er blevet bedre.',
      phase: 'follow_up',
    },
    phases: buildPhases('follow_up'),
    cases,
    panel,
    form: {
      scale: SCALE.map((s) => ({ key: s.key, label: s.label, value: s.value })),
      themes,
      developmentQuestion: SEED_DEVELOPMENT_QUESTION,
      developmentQuestionNumber: developmentQuestionNumber(themes),
    },
    results: summarise(ratings, cases, themes, random),
    focusPoints,
    developmentAnswers: DEVELOPMENT_ANSWERS,
  };
}

function buildCase(index: number, areaCount: number): ReportModel['cases'][number] {
  const area = AREAS[index % areaCount] ?? 'Socialpsykiatri';
  const summaries: Record<string, string> = {
    Socialpsykiatri: 'Voksen med psykisk lidelse; socialpædagogisk støtte i eget hjem (SEL § 85).',
    'Voksen Handicap': 'Voksen med udviklingshæmning; botilbud og beskæftigelse (SEL §§ 107 og 104).',
    'Børn Handicap': 'Barn med autisme; aflastning og støtte til familien (SEL § 52).',
    'Socialt udsatte': 'Voksen med misbrug og hjemløshed; bostøtte og kontaktperson (SEL § 99).',
  };
  return {
    code: `Sag ${index + 1}`,
    area,
    summary: summaries[area] ?? null,
    selection: {
      developmentPotential: index % 2 === 0 ? 'realistisk mål om mere selvstændig bolig' : 'plan om beskæftigelse',
      complexity: index % 3 === 0 ? 'flere samtidige indsatser og aktører' : null,
      recent: `handleplan fra ${index % 2 === 0 ? 'januar' : 'marts'} 2025`,
    },
  };
}

function buildPanel(panelists: number): ReportModel['panel'] {
  const member = (name: string, affiliation: string, role: Role) => ({
    name,
    affiliation,
    role,
    roleLabel: ROLE_LABELS[role],
  });
  const affiliations = ['Socialpsykiatri', 'Voksen Handicap', 'Børn Handicap', 'Myndighed', 'Udfører, bostøtte'];
  return [
    ...Array.from({ length: panelists }, (_, i) =>
      member(
        PANELIST_NAMES[i] ?? `Paneldeltager ${i + 1}`,
        `${affiliations[i % affiliations.length] ?? ''}, Social og Handicap, ${ORGANISATION}`,
        'panelist',
      ),
    ),
    member('Rikke Dam Nørgaard', 'Kvalitet og Udvikling, Fjordby Kommune', 'referent'),
    member('Kasper Ølund', 'Kvalitet og Udvikling, Fjordby Kommune', 'leader'),
  ];
}

function buildPhases(current: Phase): ReportModel['phases'] {
  const reached = PHASES.indexOf(current);
  return PHASES.map((phase, i) => ({
    phase,
    label: PHASE_LABELS[phase],
    reachedAt: i <= reached ? new Date(Date.UTC(2025, 1, 3 + i * 14, 9)).toISOString() : null,
  }));
}

/** ratings[case][item][panelist]; `undefined` = not submitted. */
type Ratings = (RatingValue | undefined)[][][];

function rateAll(random: () => number, cases: number, panelists: number): Ratings {
  const values: RatingValue[] = ['none', 'low', 'some', 'high'];
  return Array.from({ length: cases }, (_, c) => {
    const caseShift = random() - 0.5;
    return ITEM_LEVEL.map((level, item) =>
      Array.from({ length: panelists }, (_, p): RatingValue | undefined => {
        // One cell without any graded answer, so the median table shows "–".
        if (c === 3 && item === 5) return 'na';
        if (c === 1 && item === 2 && p === 0) return undefined;
        if (random() < 0.04) return 'na';
        const noisy = level + caseShift + (random() - 0.5) * 1.6;
        return values[Math.max(0, Math.min(3, Math.round(noisy)))];
      }),
    );
  });
}

const VALUE: Record<RatingValue, number | null> = { high: 3, some: 2, low: 1, none: 0, na: null };

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function summarise(
  ratings: Ratings,
  cases: ReportModel['cases'],
  themes: ReportModel['form']['themes'],
  random: () => number,
): ReportModel['results'] {
  const themeOf = (n: number) => themes.find((t) => t.items.some((i) => i.number === n))?.title ?? '';
  const items = ITEM_LEVEL.map((_, item) => {
    const counts: Counts = { high: 0, some: 0, low: 0, none: 0, na: 0 };
    const all: number[] = [];
    let casesRated = 0;
    let casesPositive = 0;
    let disagreementCases = 0;
    for (const byItem of ratings) {
      const cell = (byItem[item] ?? []).filter((r): r is RatingValue => r !== undefined);
      for (const r of cell) counts[r] += 1;
      const values = cell.map((r) => VALUE[r]).filter((v): v is number => v !== null);
      all.push(...values);
      if (values.length > 0) casesRated += 1;
      if ((median(values) ?? -1) >= 2) casesPositive += 1;
      const pos = values.filter((v) => v >= 2).length;
      if (values.length >= 3 && pos >= values.length / 3 && values.length - pos >= values.length / 3)
        disagreementCases += 1;
    }
    const n = all.length;
    return {
      itemId: `item-${item + 1}`,
      number: item + 1,
      text: SEED_ITEMS[item] ?? '',
      themeTitle: themeOf(item + 1),
      n,
      na: counts.na,
      counts,
      median: median(all),
      mean: n > 0 ? all.reduce((a, b) => a + b, 0) / n : null,
      positiveShare: n > 0 ? all.filter((v) => v >= 2).length / n : null,
      casesRated,
      casesPositive,
      disagreementCases,
      alpha: Math.round((0.3 + random() * 0.55) * 1000) / 1000,
    };
  });
  const received = items.reduce((sum, i) => sum + i.n + i.na, 0);
  const panelists = ratings[0]?.[0]?.length ?? 0;
  return {
    completeness: { expected: cases.length * ITEM_LEVEL.length * panelists, received },
    items,
    medianTable: {
      caseCodes: cases.map((c) => c.code),
      rows: items.map((item, i) => ({
        itemNumber: item.number,
        medians: ratings.map((byItem) =>
          median(
            (byItem[i] ?? []).map((r) => (r === undefined ? null : VALUE[r])).filter((v): v is number => v !== null),
          ),
        ),
      })),
    },
    overall: {
      n: items.reduce((sum, i) => sum + i.n, 0),
      na: items.reduce((sum, i) => sum + i.na, 0),
      alpha: 0.574,
    },
  };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
