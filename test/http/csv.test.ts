import type { Response } from 'superagent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, type BuiltRound, otherRoundToken, rate, SMALL, SMALL_FORM } from '../helpers/rounds.js';
import { expectProblem, tokensFor, WHO, type Who } from '../helpers/expect.js';

let t: TestApp;
let otherToken: string;
let built: BuiltRound;
beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: 10_000 });
  otherToken = await otherRoundToken(t);
  built = await buildRound(t, { ...SMALL, panelists: 2, cases: 1, panelistNames: ['Åse Ørum', 'Bent "Bubber" Berg'] });
  const target = (i: number) => ({
    roundId: built.round.id,
    caseId: built.cases[0]?.id ?? '',
    itemId: built.items[i]?.id ?? '',
  });
  const [first, second] = built.panelists;
  await rate(t, first?.token ?? '', target(0), 'high', 'Formålet er tydeligt; se side 2.');
  await rate(t, first?.token ?? '', target(1), 'na', '=HYPERLINK("http://evil.example","klik")');
  await rate(t, second?.token ?? '', target(0), 'low', 'Første linje.\nAnden linje.');
});
afterAll(() => t.close());

const url = (roundId = built.round.id) => `/api/v1/rounds/${roundId}/ratings.csv`;

/** The body as raw bytes, whatever the content type. */
function rawBody(res: Response, callback: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const download = (token: string | null, roundId?: string) => t.as(token).get(url(roundId)).buffer(true).parse(rawBody);

describe('GET …/ratings.csv', () => {
  it('answers UTF-8 CSV with a BOM, `;`, CRLF and an attachment file name', async () => {
    const res = await download(built.referent.token).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="vurderinger-${built.round.id}.csv"`);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      '"Auditforløb";"Sag";"Spørgsmål nr.";"Spørgsmål";"Paneldeltager";"Rolle";"Værdi";"Vurdering";"Begrundelse";"Opdateret"',
    );
  });

  it('writes one row per rating in case, item and panel order, quoted per RFC 4180 and guarded against formulas', async () => {
    const text = ((await download(built.leader.token).expect(200)).body as Buffer).toString('utf8');
    const list = await t.as(built.leader.token).get(`/api/v1/rounds/${built.round.id}/ratings`).expect(200);
    const updated = (list.body.items as { updatedAt: string }[]).map((r) => r.updatedAt);
    const title = '"Handleplaner; 2024 ""pilot"""';
    const [item1, item2] = [SMALL_FORM.themes[0]?.items[0]?.text, SMALL_FORM.themes[0]?.items[1]?.text];
    expect(text).toBe(
      '\uFEFF"Auditforløb";"Sag";"Spørgsmål nr.";"Spørgsmål";"Paneldeltager";"Rolle";"Værdi";"Vurdering";"Begrundelse";"Opdateret"\r\n' +
        `${title};"Sag 1";1;"${item1}";"Åse Ørum";"paneldeltager";"high";"I høj grad";"Formålet er tydeligt; se side 2.";"${updated[0]}"\r\n` +
        `${title};"Sag 1";1;"${item1}";"Bent ""Bubber"" Berg";"paneldeltager";"low";"I mindre grad";"Første linje.\nAnden linje.";"${updated[1]}"\r\n` +
        `${title};"Sag 1";2;"${item2}";"Åse Ørum";"paneldeltager";"na";"Stillingtagen ikke mulig pga. manglende dokumentation/ikke relevant";"'=HYPERLINK(""http://evil.example"",""klik"")";"${updated[2]}"\r\n`,
    );
  });

  it('is for leader, referent and admin only, in every phase', async () => {
    const tokens = tokensFor(built, ADMIN_TOKEN, otherToken);
    const expected: Record<Who, number> = {
      admin: 200,
      leader: 200,
      referent: 200,
      panelist: 403,
      otherRound: 404,
      none: 401,
    };
    for (const who of WHO) {
      const res = await t.as(tokens[who]).get(url());
      expect({ who, status: res.status }).toEqual({ who, status: expected[who] });
      if (res.status !== 200) expectProblem(res, expected[who]);
    }
    expectProblem(await t.admin.get(url('no-such-round')), 404);

    const later = await buildRound(t, { ...SMALL, panelists: 2, cases: 1 });
    await transition(t, later.round.id, 'discussion', true).expect(200);
    expectProblem(await t.as(later.panelists[0]?.token ?? '').get(url(later.round.id)), 403);
    // A round without ratings: the header only.
    const empty = await download(later.leader.token, later.round.id).expect(200);
    expect((empty.body as Buffer).toString('utf8').split('\r\n')).toHaveLength(2);
  });
});
