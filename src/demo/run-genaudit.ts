import { readFileSync } from 'node:fs';
import { createAuditpanelClient, type AuditpanelClient } from '../client/index.js';
import type { RatingValue } from '../domain/scale.js';
import { DEMO_GENAUDIT_FILE } from '../paths.js';
import {
  addCases,
  addMembers,
  clientFor,
  loadDemoRound,
  phaseMover,
  writeFocusPoints,
  type DemoRound,
} from './run-demo.js';
import { must } from './must.js';

/** The fictional genaudit in fixtures/demo-genaudit.json: six new cases, the same panel. */
export interface DemoGenaudit {
  round: { title: string; organisation: string; purpose: string; foreword: string };
  cases: DemoRound['cases'];
  /** What each item is about, for the justifications. */
  topics: Record<string, string>;
  /** One sentence per value, with {t} for the item's topic. */
  justifications: Record<'h' | 's' | 'l' | 'n', string>;
  /** Case code → item number → one letter per panelist in the panel's order (h, s, l, n). */
  ratings: Record<string, Record<string, string>>;
  /** One answer per panelist, in the panel's order. */
  development: { area: string; suggestion: string }[][];
  focusPoints: DemoRound['focusPoints'];
}

export function loadDemoGenaudit(): DemoGenaudit {
  return JSON.parse(readFileSync(DEMO_GENAUDIT_FILE, 'utf8')) as DemoGenaudit;
}

const VALUES: Record<string, RatingValue> = { h: 'high', s: 'some', l: 'low', n: 'none' };

export interface GenauditResult {
  roundId: string;
  pdf: Buffer;
  verdicts: { number: number; verdict: string; pValue: number | null }[];
  /** Per indsatsområde of the baseline's udviklingsplan: the items its recommendations point to. */
  initiatives: { number: number; title: string; itemNumbers: number[]; verdicts: string[] }[];
}

/** A genaudit of the reported demo round through the real HTTP API, to `reported`. */
export async function runGenaudit(
  baseUrl: string,
  adminToken: string,
  baselineRoundId: string,
  log: (line: string) => void = () => undefined,
  genaudit: DemoGenaudit = loadDemoGenaudit(),
  demo: DemoRound = loadDemoRound(),
): Promise<GenauditResult> {
  const admin = createAuditpanelClient(baseUrl, adminToken);
  const body = { ...genaudit.round, baselineRoundId };
  const round = must('Creating the genaudit', await admin.POST('/api/v1/rounds', { body }));
  const path = { roundId: round.id };
  log(`Genaudit oprettet: ${round.title}`);
  const clients = await addMembers(admin, baseUrl, demo, round.id);
  const leader = clientFor(clients, demo, 'leader');
  const referent = clientFor(clients, demo, 'referent');
  const caseIds = await addCases(leader, genaudit.cases, round.id);
  // The phases are not logged one by one: the demo round has shown them already.
  const moveTo = phaseMover(leader, round.id, () => undefined);
  for (const to of ['panel', 'calibration', 'rating'] as const) await moveTo(to);
  const form = must('Reading the form', await leader.GET('/api/v1/rounds/{roundId}/form', { params: { path } }));
  const itemIds = new Map(form.themes.flatMap((t) => t.items).map((i) => [i.number, i.id]));
  const panelists = demo.members.filter((m) => m.role === 'panelist');
  const rated = await Promise.all(
    panelists.map((panelist, index) =>
      ratePanelist(clients.get(panelist.key) as AuditpanelClient, genaudit, index, round.id, caseIds, itemIds),
    ),
  );
  log(`Genaudit: ${rated.reduce((a, b) => a + b, 0)} vurderinger af ${genaudit.cases.length} nye sager`);
  await moveTo('discussion');
  await writeFocusPoints(referent, { ...demo, focusPoints: genaudit.focusPoints }, round.id, itemIds);
  await moveTo('follow_up');
  await moveTo('reported');
  const comparison = must(
    'Reading the comparison',
    await leader.GET('/api/v1/rounds/{roundId}/comparison', { params: { path } }),
  );
  const verdicts = comparison.items.map(({ number, verdict, pValue }) => ({ number, verdict, pValue }));
  log(`Sammenligning: ${verdicts.map((v) => `spørgsmål ${v.number} ${v.verdict}`).join(', ')}`);
  const initiatives = comparison.initiatives.map(({ number, title, itemNumbers, verdicts: v }) => ({
    number,
    title,
    itemNumbers,
    verdicts: v,
  }));
  for (const i of initiatives) {
    const items = i.itemNumbers.map((n, k) => `spørgsmål ${n} ${i.verdicts[k] ?? ''}`).join(', ');
    log(`Indsatsområde ${i.number} (${i.title}): ${items || 'ingen spørgsmål'}`);
  }
  const pdf = must(
    'Downloading the genaudit report',
    await referent.GET('/api/v1/rounds/{roundId}/report.pdf', { params: { path }, parseAs: 'arrayBuffer' }),
  ) as ArrayBuffer;
  return { roundId: round.id, pdf: Buffer.from(pdf), verdicts, initiatives };
}

/** One panelist's ratings of every new case and item, and their development answer. */
async function ratePanelist(
  client: AuditpanelClient,
  genaudit: DemoGenaudit,
  index: number,
  roundId: string,
  caseIds: Map<string, string>,
  itemIds: Map<number, string>,
): Promise<number> {
  let count = 0;
  for (const [code, items] of Object.entries(genaudit.ratings)) {
    for (const [number, letters] of Object.entries(items)) {
      const letter = letters[index] as keyof DemoGenaudit['justifications'];
      const justification = genaudit.justifications[letter].replace('{t}', genaudit.topics[number] ?? '');
      must(
        'Rating',
        await client.PUT('/api/v1/rounds/{roundId}/cases/{caseId}/ratings/{itemId}', {
          params: {
            path: { roundId, caseId: caseIds.get(code) as string, itemId: itemIds.get(Number(number)) as string },
          },
          body: { value: VALUES[letter] as RatingValue, justification },
        }),
      );
      count += 1;
    }
  }
  must(
    'Development answer',
    await client.PUT('/api/v1/rounds/{roundId}/development', {
      params: { path: { roundId } },
      body: { areas: genaudit.development[index] ?? [] },
    }),
  );
  return count;
}
