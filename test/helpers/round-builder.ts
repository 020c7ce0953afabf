import type { RatingValue } from '../../src/domain/scale.js';
import { addCase, createRound, transition, type TestApp } from './app.js';

/**
 * Builds rounds through the HTTP API, phase by phase, and returns everything it created.
 * The default panel: three panelists, a referent and a mødeleder; two cases; the default
 * nine-item form, rated by every panelist with `defaultRating`.
 */

export type RatingPattern = (panelist: number, caseIndex: number, itemNumber: number) => RatingValue;

/**
 * Item 6 is rated low (positive share 1/3, disagreement in both cases), item 3 splits the
 * panel in the first case only (high/low/some), one rating of item 8 is `na`; the rest
 * alternate between high and some.
 */
export const defaultRating: RatingPattern = (p, c, item) => {
  if (item === 6) return p === 0 ? 'some' : c === 0 ? 'low' : 'none';
  if (item === 3 && c === 0) return (['high', 'low', 'some'] as const)[p % 3] ?? 'high';
  if (item === 8 && p === 0 && c === 1) return 'na';
  return (p + c + item) % 2 === 0 ? 'high' : 'some';
};

export const DEVELOPMENT_ANSWERS = [
  [
    { area: 'Indsatsmål', suggestion: 'Formulér målbare delmål med succeskriterier.' },
    { area: 'Borgerinddragelse', suggestion: 'Skriv borgerens egne bemærkninger ind i handleplanen.' },
  ],
  [{ area: 'Indsatsmål', suggestion: 'Angiv hvornår hvert indsatsmål forventes nået.' }],
  [{ area: 'Varighed', suggestion: 'Angiv indsatsens forventede varighed.' }],
];

export const PANEL = [
  { role: 'panelist', name: 'Birgit Aagaard', affiliation: 'Voksen handicap' },
  { role: 'panelist', name: 'Anders Lunde', affiliation: 'Det Sociale Team' },
  { role: 'panelist', name: 'Ravi Sørensen', affiliation: 'Socialpsykiatri' },
  { role: 'referent', name: 'Clara Bundgaard', affiliation: 'Kvalitetsudvikling' },
  { role: 'leader', name: 'Karen Overby', affiliation: 'Kvalitetsudvikling' },
] as const;

export interface Member {
  id: string;
  name: string;
  token: string;
}

export async function setupRound(t: TestApp, options: { cases?: number } = {}) {
  const round = await createRound(t, {
    foreword: 'Denne rapport samler auditpanelets fokuspunkter og anbefalinger.',
    background: 'Handleplaner er kommunens redskab til at styre indsatsen.',
  });
  const added: Member[] = [];
  for (const person of PANEL) {
    const res = await t.admin.post(`/api/v1/rounds/${round.id}/members`, person).expect(201);
    const { member, token } = res.body as { member: { id: string; name: string }; token: string };
    added.push({ id: member.id, name: member.name, token });
  }
  const [p1, p2, p3, referent, leader] = added as [Member, Member, Member, Member, Member];
  const cases = [];
  for (let i = 1; i <= (options.cases ?? 2); i++) cases.push(await addCase(t, round.id, `Sag ${i}`));
  for (const to of ['panel', 'calibration', 'rating']) await transition(t, round.id, to).expect(200);
  const form = (await t.admin.get(`/api/v1/rounds/${round.id}/form`).expect(200)).body as {
    themes: { key: string; title: string; items: { id: string; number: number; text: string }[] }[];
  };
  const items = form.themes.flatMap((theme) => theme.items);
  return { round, panelists: [p1, p2, p3], referent, leader, cases, items, form };
}

export type BuiltRound = Awaited<ReturnType<typeof setupRound>>;

/** Every panelist rates every case × item and answers the development question. */
export async function rateAll(t: TestApp, built: BuiltRound, pattern: RatingPattern = defaultRating) {
  const { round } = built;
  for (const [p, panelist] of built.panelists.entries()) {
    const as = t.as(panelist.token);
    for (const [c, kase] of built.cases.entries()) {
      for (const item of built.items) {
        await as
          .put(`/api/v1/rounds/${round.id}/cases/${kase.id}/ratings/${item.id}`, {
            value: pattern(p, c, item.number),
            justification: `Begrundelse for punkt ${item.number} i ${kase.code}.`,
          })
          .expect(200);
      }
    }
    const areas = DEVELOPMENT_ANSWERS[p];
    if (areas) await as.put(`/api/v1/rounds/${round.id}/development`, { areas }).expect(200);
  }
}

export interface RoundOptions {
  cases?: number;
  pattern?: RatingPattern;
  /** false: skip the ratings and force the move to discussion (fast, for tests that need no results). */
  rated?: boolean;
}

/** A round in `discussion`: set up, fully rated (unless `rated: false`), moved on. */
export async function discussionRound(t: TestApp, options: RoundOptions = {}) {
  const built = await setupRound(t, options);
  if (options.rated === false) {
    await transition(t, built.round.id, 'discussion', true).expect(200);
  } else {
    await rateAll(t, built, options.pattern);
    await transition(t, built.round.id, 'discussion').expect(200);
  }
  return built;
}

export interface FocusPointBody {
  title: string;
  discussion: string;
  itemIds?: string[];
  position?: number;
}

export async function addFocusPoint(t: TestApp, token: string, roundId: string, body: FocusPointBody) {
  const res = await t.as(token).post(`/api/v1/rounds/${roundId}/focus-points`, body).expect(201);
  return res.body as { id: string; position: number; etag: string };
}

export async function addRecommendation(
  t: TestApp,
  token: string,
  roundId: string,
  focusPointId: string,
  body: { text: string; position?: number },
) {
  const res = await t
    .as(token)
    .post(`/api/v1/rounds/${roundId}/focus-points/${focusPointId}/recommendations`, body)
    .expect(201);
  return res.body as { id: string; number: number; etag: string };
}

/** The focus points of the fictional audit meeting: two, with two and three recommendations. */
export const FOCUS_POINTS = [
  {
    title: 'Formulering af formål',
    discussion: 'Panelet fandt i de fleste sager et tydeligt formål.\n\nI én sag manglede en retning på længere sigt.',
    itemNumbers: [1, 7],
    recommendations: [
      'Det anbefales, at der opstilles et formål, som viser retningen for indsatsen på længere sigt.',
      'Det anbefales, at formålet formuleres så konkret, at det kan vurderes ved opfølgningen.',
    ],
  },
  {
    title: 'Indsatsens varighed og omfang',
    discussion: 'I begge sager manglede en angivelse af indsatsens forventede varighed.',
    itemNumbers: [6],
    recommendations: [
      'Det anbefales, at sagsbehandleren angiver indsatsens forventede varighed i handleplanen.',
      'Det anbefales, at indsatsmål angives som kortsigtede eller langsigtede.',
      'Det anbefales ved nye sager, at opfølgningen sker senest efter tre måneder.',
    ],
  },
];

/** A round in `follow_up` with FOCUS_POINTS written by the referent. */
export async function followUpRound(t: TestApp, options: RoundOptions = {}) {
  const built = await discussionRound(t, options);
  const focusPoints = [];
  for (const fp of FOCUS_POINTS) {
    const itemIds = fp.itemNumbers.map((n) => built.items.find((item) => item.number === n)?.id ?? '');
    const created = await addFocusPoint(t, built.referent.token, built.round.id, {
      title: fp.title,
      discussion: fp.discussion,
      itemIds,
    });
    const recommendations = [];
    for (const text of fp.recommendations) {
      recommendations.push(await addRecommendation(t, built.referent.token, built.round.id, created.id, { text }));
    }
    focusPoints.push({ ...created, recommendations });
  }
  await transition(t, built.round.id, 'follow_up').expect(200);
  return { ...built, focusPoints };
}

/** A published round: follow_up, then `reported` (renders and stores the final PDF). */
export async function reportedRound(t: TestApp, options: RoundOptions = {}) {
  const built = await followUpRound(t, options);
  await transition(t, built.round.id, 'reported').expect(200);
  return built;
}
