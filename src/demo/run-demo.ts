import { readFileSync } from 'node:fs';
import { DEMO_ROUND_FILE } from '../paths.js';
import { createAuditpanelClient, type AuditpanelClient } from '../client/index.js';
import { writeDemoPlan } from './demo-plan.js';
import { must } from './must.js';
import type { RatingValue } from '../domain/scale.js';
import type { Role } from '../domain/roles.js';

/** The fictional demo round in fixtures/demo-round.json. */
export interface DemoRound {
  round: { title: string; organisation: string; purpose: string; scope: string; background: string; foreword: string };
  members: { key: string; name: string; affiliation: string; role: Role }[];
  cases: {
    code: string;
    area: string;
    summary: string;
    selection: { developmentPotential: string; complexity: string; recent: string };
    documents: { title: string; text: string }[];
  }[];
  ratings: Record<string, Record<string, { item: number; value: RatingValue; justification: string }[]>>;
  development: Record<string, { area: string; suggestion: string }[]>;
  focusPoints: { title: string; discussion: string; items: number[]; recommendations: string[] }[];
}

export function loadDemoRound(): DemoRound {
  return JSON.parse(readFileSync(DEMO_ROUND_FILE, 'utf8')) as DemoRound;
}

export interface DemoResult {
  roundId: string;
  pdf: Buffer;
  csv: string;
  ratings: number;
  /** The udviklingsplan written after publication: its PDF and CSV. */
  planPdf: Buffer;
  planCsv: string;
}

/** Drives the demo round through the real HTTP API, from creation to `reported`. */
export async function runDemo(
  baseUrl: string,
  adminToken: string,
  log: (line: string) => void = () => undefined,
  demo: DemoRound = loadDemoRound(),
): Promise<DemoResult> {
  const admin = createAuditpanelClient(baseUrl, adminToken);
  const round = must('Creating the round', await admin.POST('/api/v1/rounds', { body: demo.round }));
  const roundId = round.id;
  const path = { roundId };
  log(`Auditforløb oprettet: ${round.title}`);

  const clients = await addMembers(admin, baseUrl, demo, roundId);
  log(`Auditpanel nedsat: ${demo.members.length} deltagere`);
  const leader = clientFor(clients, demo, 'leader');
  const referent = clientFor(clients, demo, 'referent');

  const caseIds = await addCases(leader, demo.cases, roundId);
  log(`Sagsmateriale: ${demo.cases.length} anonymiserede sager`);

  const moveTo = phaseMover(leader, roundId, log);
  await moveTo('panel');
  await moveTo('calibration');
  await moveTo('rating');

  const form = must('Reading the form', await leader.GET('/api/v1/rounds/{roundId}/form', { params: { path } }));
  const itemIds = new Map(form.themes.flatMap((t) => t.items).map((i) => [i.number, i.id]));
  const ratings = await rateAll(demo, clients, roundId, caseIds, itemIds, log);

  await moveTo('discussion');
  await writeFocusPoints(referent, demo, roundId, itemIds);
  log(
    `Fokuspunkter: ${demo.focusPoints.length}, anbefalinger: ${demo.focusPoints.flatMap((f) => f.recommendations).length}`,
  );
  await moveTo('follow_up');
  await moveTo('reported');

  const pdf = must(
    'Downloading the report',
    await referent.GET('/api/v1/rounds/{roundId}/report.pdf', { params: { path }, parseAs: 'arrayBuffer' }),
  ) as ArrayBuffer;
  const csv = must(
    'Downloading the ratings',
    await referent.GET('/api/v1/rounds/{roundId}/ratings.csv', { params: { path }, parseAs: 'text' }),
  ) as string;
  const plan = await writeDemoPlan(leader, roundId);
  log(`Udviklingsplan: ${plan.initiatives} indsatsområder`);
  return { roundId, pdf: Buffer.from(pdf), csv, ratings, planPdf: plan.pdf, planCsv: plan.csv };
}

/** The leader adds the cases; answers case code → case id. */
export async function addCases(
  leader: AuditpanelClient,
  cases: DemoRound['cases'],
  roundId: string,
): Promise<Map<string, string>> {
  const caseIds = new Map<string, string>();
  for (const c of cases) {
    const created = must(
      `Adding ${c.code}`,
      await leader.POST('/api/v1/rounds/{roundId}/cases', { params: { path: { roundId } }, body: c }),
    );
    caseIds.set(c.code, created.id);
  }
  return caseIds;
}

type Phase = 'panel' | 'calibration' | 'rating' | 'discussion' | 'follow_up' | 'reported';

/** Moves the round one phase forward as the leader, logging the phase reached. */
export function phaseMover(leader: AuditpanelClient, roundId: string, log: (line: string) => void) {
  return async (to: Phase) => {
    must(
      `Moving to ${to}`,
      await leader.POST('/api/v1/rounds/{roundId}/transitions', { params: { path: { roundId } }, body: { to } }),
    );
    log(`Fase: ${to}`);
  };
}

/** The panel: one API client per member, signed in with the token the admin received. */
export async function addMembers(admin: AuditpanelClient, baseUrl: string, demo: DemoRound, roundId: string) {
  const clients = new Map<string, AuditpanelClient>();
  for (const member of demo.members) {
    const { key, ...body } = member;
    const created = must(
      `Adding ${key}`,
      await admin.POST('/api/v1/rounds/{roundId}/members', { params: { path: { roundId } }, body }),
    );
    clients.set(key, createAuditpanelClient(baseUrl, created.token));
  }
  return clients;
}

/** The referent writes the focus points of the auditmøde, each with its recommendations. */
export async function writeFocusPoints(
  referent: AuditpanelClient,
  demo: DemoRound,
  roundId: string,
  itemIds: Map<number, string>,
): Promise<void> {
  for (const fp of demo.focusPoints) {
    const created = must(
      `Focus point ${fp.title}`,
      await referent.POST('/api/v1/rounds/{roundId}/focus-points', {
        params: { path: { roundId } },
        body: { title: fp.title, discussion: fp.discussion, itemIds: fp.items.map((n) => itemIds.get(n) as string) },
      }),
    );
    for (const text of fp.recommendations) {
      must(
        'Recommendation',
        await referent.POST('/api/v1/rounds/{roundId}/focus-points/{focusPointId}/recommendations', {
          params: { path: { roundId, focusPointId: created.id } },
          body: { text },
        }),
      );
    }
  }
}

export function clientFor(clients: Map<string, AuditpanelClient>, demo: DemoRound, role: Role): AuditpanelClient {
  const key = demo.members.find((m) => m.role === role)?.key;
  const client = key ? clients.get(key) : undefined;
  if (!client) throw new Error(`The demo round has no ${role}.`);
  return client;
}

async function rateAll(
  demo: DemoRound,
  clients: Map<string, AuditpanelClient>,
  roundId: string,
  caseIds: Map<string, string>,
  itemIds: Map<number, string>,
  log: (line: string) => void,
): Promise<number> {
  const panelists = demo.members.filter((m) => m.role === 'panelist');
  const total = panelists.reduce(
    (sum, p) => sum + Object.values(demo.ratings[p.key] ?? {}).reduce((n, answers) => n + answers.length, 0),
    0,
  );
  let done = 0;
  // Panelists rate in parallel, as they would; each one case after case.
  await Promise.all(
    panelists.map(async (panelist) => {
      const client = clients.get(panelist.key) as AuditpanelClient;
      for (const [code, answers] of Object.entries(demo.ratings[panelist.key] ?? {})) {
        for (const answer of answers) {
          must(
            `Rating by ${panelist.key}`,
            await client.PUT('/api/v1/rounds/{roundId}/cases/{caseId}/ratings/{itemId}', {
              params: {
                path: { roundId, caseId: caseIds.get(code) as string, itemId: itemIds.get(answer.item) as string },
              },
              body: { value: answer.value, justification: answer.justification },
            }),
          );
          done += 1;
          if (done % 36 === 0 || done === total) log(`Vurderinger modtaget: ${done} af ${total}`);
        }
      }
      must(
        `Development answer by ${panelist.key}`,
        await client.PUT('/api/v1/rounds/{roundId}/development', {
          params: { path: { roundId } },
          body: { areas: demo.development[panelist.key] ?? [] },
        }),
      );
    }),
  );
  log(`Udviklingsspørgsmål besvaret af ${panelists.length} paneldeltagere`);
  return done;
}
