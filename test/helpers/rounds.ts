import { expect } from 'vitest';
import type { RatingValue } from '../../src/domain/scale.js';
import { addCase, addMember, createRound, transition, type TestApp } from './app.js';

/**
 * The one round factory of the tests: `buildRound` creates a round through the HTTP API and
 * walks it to the phase asked for, returning everything it created (no fixed ids).
 * Defaults: the default nine-item form, a mødeleder, a referent and three panelists (PANEL),
 * two cases, phase `rating`. From `discussion` on every panelist has rated every case × item
 * with `defaultRating` and answered the development question (or, with `rated: false`, the
 * move to discussion is forced); `follow_up` and `reported` add FOCUS_POINTS. With
 * `baselineRoundId` the round is a genaudit of that reported round (its form copied, items
 * carrying `baselineItemId`); `inCalibration` runs while the round is in calibration (e.g. the
 * leader editing the copied form) and the items are read again after it.
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

export interface Person {
  id: string;
  name: string;
  token: string;
}

/** A small vurderingsskema: theme "a" with items 1 and 2, theme "b" with item 3. */
export const SMALL_FORM = {
  themes: [
    {
      key: 'a',
      title: 'Formål',
      items: [{ text: 'Er formålet tydeligt?' }, { text: 'Kan målene nås inden for tidsrammen?' }],
    },
    { key: 'b', title: 'Borgerinddragelse', items: [{ text: 'Er borgeren inddraget?' }] },
  ],
  developmentQuestion: 'Nævn de tre områder med størst udviklingspotentiale.',
};

/** The small round of the rating, results, discussion and CSV tests (names unlike the anonymous labels). */
export const SMALL = {
  form: SMALL_FORM,
  title: 'Handleplaner; 2024 "pilot"',
  leaderName: 'Lone Leder',
  referentName: 'Rikke Referent',
  panelistNames: Array.from({ length: 26 }, (_, i) => `Rater ${String.fromCharCode(65 + i)}`),
} as const;

export const PHASE_NAMES = [
  'scoping',
  'panel',
  'calibration',
  'rating',
  'discussion',
  'follow_up',
  'reported',
] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface RoundOptions {
  title?: string;
  /** Replaces the default form while the round is in scoping. */
  form?: { themes: { key: string; title: string; items: { text: string }[] }[]; developmentQuestion: string };
  panelists?: number;
  panelistNames?: readonly string[];
  leaderName?: string;
  referentName?: string;
  cases?: number;
  /** The phase to stop in; default rating. */
  phase?: PhaseName;
  /** From discussion on: false skips the ratings and forces the move to discussion. */
  rated?: boolean;
  pattern?: RatingPattern;
  /** A genaudit of this reported round: the round starts with a copy of its form (not with `form`). */
  baselineRoundId?: string;
  /** Runs in calibration, before the round moves on; the form is read again afterwards. */
  inCalibration?: (built: BuiltRound) => Promise<void>;
}

/** The form as GET …/form answers it. */
export interface FormBody {
  themes: {
    key: string;
    title: string;
    items: { id: string; number: number; text: string; baselineItemId: string | null }[];
  }[];
  developmentQuestion: string;
  developmentQuestionNumber: number;
}

export async function readForm(t: TestApp, roundId: string): Promise<FormBody> {
  return (await t.admin.get(`/api/v1/rounds/${roundId}/form`).expect(200)).body as FormBody;
}

async function person(t: TestApp, roundId: string, role: 'leader' | 'referent' | 'panelist', name: string) {
  const affiliation = PANEL.find((p) => p.name === name)?.affiliation ?? 'Socialafdelingen';
  const res = await t.admin.post(`/api/v1/rounds/${roundId}/members`, { name, affiliation, role }).expect(201);
  const { member, token } = res.body as { member: { id: string; name: string }; token: string };
  return { id: member.id, name: member.name, token } satisfies Person;
}

const PANEL_PANELISTS = PANEL.filter((p) => p.role === 'panelist').map((p) => p.name);

/** Creates a round and walks it to `options.phase` (default rating); see the module comment. */
export async function buildRound(t: TestApp, options: RoundOptions = {}) {
  const round = await createRound(t, {
    ...(options.title ? { title: options.title } : {}),
    foreword: 'Denne rapport samler auditpanelets fokuspunkter og anbefalinger.',
    background: 'Handleplaner er kommunens redskab til at styre indsatsen.',
    ...(options.baselineRoundId ? { baselineRoundId: options.baselineRoundId } : {}),
  });
  if (options.form) await t.admin.put(`/api/v1/rounds/${round.id}/form`, options.form).expect(200);
  const names = options.panelistNames ?? PANEL_PANELISTS;
  const panelists: Person[] = [];
  for (let i = 0; i < (options.panelists ?? 3); i++) {
    panelists.push(await person(t, round.id, 'panelist', names[i] ?? `Paneldeltager ${i + 1}`));
  }
  const referent = await person(t, round.id, 'referent', options.referentName ?? 'Clara Bundgaard');
  const leader = await person(t, round.id, 'leader', options.leaderName ?? 'Karen Overby');
  const cases = [];
  for (let i = 1; i <= (options.cases ?? 2); i++) cases.push(await addCase(t, round.id, `Sag ${i}`));
  const form = await readForm(t, round.id);
  const items = form.themes.flatMap((theme) => theme.items);
  const built = { round, panelists, referent, leader, cases, items, form, focusPoints: [] as BuiltFocusPoint[] };
  const target = PHASE_NAMES.indexOf(options.phase ?? 'rating');
  for (const to of PHASE_NAMES.slice(1, Math.min(target, 3) + 1)) {
    await transition(t, round.id, to).expect(200);
    if (to === 'calibration' && options.inCalibration) {
      await options.inCalibration(built);
      built.form = await readForm(t, round.id);
      built.items = built.form.themes.flatMap((theme) => theme.items);
    }
  }
  if (target >= 4) {
    if (options.rated === false) {
      await transition(t, round.id, 'discussion', true).expect(200);
    } else {
      await rateAll(t, built, options.pattern);
      await transition(t, round.id, 'discussion').expect(200);
    }
  }
  if (target >= 5) {
    built.focusPoints = await writeFocusPoints(t, built);
    await transition(t, round.id, 'follow_up').expect(200);
  }
  if (target >= 6) await transition(t, round.id, 'reported').expect(200);
  return built;
}

export type BuiltRound = Awaited<ReturnType<typeof buildRound>>;
type BuiltFocusPoint = Awaited<ReturnType<typeof addFocusPoint>> & {
  recommendations: Awaited<ReturnType<typeof addRecommendation>>[];
};

/** Every panelist rates every case × item and answers the development question. */
export async function rateAll(
  t: TestApp,
  built: Pick<BuiltRound, 'round' | 'panelists' | 'cases' | 'items'>,
  pattern: RatingPattern = defaultRating,
) {
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

/** FOCUS_POINTS written by the referent, linked to their items when the form has them. */
async function writeFocusPoints(t: TestApp, built: Pick<BuiltRound, 'round' | 'referent' | 'items'>) {
  const focusPoints: BuiltFocusPoint[] = [];
  for (const fp of FOCUS_POINTS) {
    const itemIds = fp.itemNumbers.flatMap((n) => built.items.filter((item) => item.number === n).map((i) => i.id));
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
  return focusPoints;
}

export const ratingUrl = (roundId: string, caseId: string, itemId: string) =>
  `/api/v1/rounds/${roundId}/cases/${caseId}/ratings/${itemId}`;

export async function rate(
  t: TestApp,
  token: string,
  target: { roundId: string; caseId: string; itemId: string },
  value: RatingValue,
  justification = `Begrundelse: ${value}`,
) {
  const res = await t.as(token).put(ratingUrl(target.roundId, target.caseId, target.itemId), { value, justification });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; value: RatingValue; justification: string; updatedAt: string };
}

/**
 * The hand-computed round of the results tests: GRID[case][item] lists the three
 * panelists' values (`null` = not rated at all).
 */
export const GRID: (RatingValue | null)[][][] = [
  [
    ['high', 'high', 'some'],
    ['high', 'low', 'none'],
    ['na', 'some', 'some'],
  ],
  [
    ['some', 'low', 'na'],
    ['none', 'none', 'low'],
    ['high', 'high', 'high'],
  ],
];

/** Rates GRID in `built` (2 cases × 3 items × 3 panelists); the justification names the cell. */
export async function rateGrid(t: TestApp, built: BuiltRound, grid = GRID) {
  for (const [c, byItem] of grid.entries()) {
    for (const [i, values] of byItem.entries()) {
      for (const [p, value] of values.entries()) {
        const panelist = built.panelists[p];
        const kase = built.cases[c];
        const item = built.items[i];
        if (!value || !panelist || !kase || !item) continue;
        await rate(
          t,
          panelist.token,
          { roundId: built.round.id, caseId: kase.id, itemId: item.id },
          value,
          `Sag ${c + 1}, punkt ${item.number}, vurdering ${p + 1}: ${value}.`,
        );
      }
    }
  }
}

/** A member token of a different round (sees nothing of `built`). */
export async function otherRoundToken(t: TestApp) {
  const other = await createRound(t, { title: 'En anden runde' });
  return (await addMember(t, other.id, 'leader', 'Fremmed Leder')).token;
}
