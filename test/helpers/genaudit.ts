import type { RatingValue } from '../../src/domain/scale.js';
import { addCase, transition, type TestApp } from './app.js';
import { DEVELOPMENT_ANSWERS, PANEL, type Member, type RatingPattern } from './round-builder.js';

export interface FormItem {
  id: string;
  number: number;
  text: string;
  baselineItemId: string | null;
}
export interface Form {
  themes: { key: string; title: string; items: FormItem[] }[];
  developmentQuestion: string;
}

/** A genaudit of `baselineRoundId` in calibration: the default panel and `cases` new cases. */
export async function calibrationGenaudit(t: TestApp, baselineRoundId: string, cases = 3) {
  const res = await t.admin
    .post('/api/v1/rounds', {
      title: 'Genaudit af handleplaner',
      organisation: 'Fjordby Kommune',
      purpose: 'At undersøge, om handleplanerne er blevet bedre.',
      baselineRoundId,
    })
    .expect(201);
  const round = res.body as { id: string; baselineRoundId: string | null };
  const members: Member[] = [];
  for (const person of PANEL) {
    const added = await t.admin.post(`/api/v1/rounds/${round.id}/members`, person).expect(201);
    const { member, token } = added.body as { member: { id: string; name: string }; token: string };
    members.push({ id: member.id, name: member.name, token });
  }
  const [p1, p2, p3, referent, leader] = members as [Member, Member, Member, Member, Member];
  const caseRows = [];
  for (let i = 1; i <= cases; i++) caseRows.push(await addCase(t, round.id, `Sag G${i}`));
  for (const to of ['panel', 'calibration']) await transition(t, round.id, to).expect(200);
  return { round, panelists: [p1, p2, p3] as [Member, Member, Member], referent, leader, cases: caseRows };
}

export type Genaudit = Awaited<ReturnType<typeof calibrationGenaudit>>;

export async function readForm(t: TestApp, roundId: string): Promise<Form> {
  return (await t.admin.get(`/api/v1/rounds/${roundId}/form`).expect(200)).body as Form;
}

/** Moves a calibration genaudit to rating, rates every case × item with `pattern`, then to discussion. */
export async function rateGenaudit(t: TestApp, g: Genaudit, pattern: RatingPattern): Promise<Form> {
  await transition(t, g.round.id, 'rating').expect(200);
  const form = await readForm(t, g.round.id);
  const items = form.themes.flatMap((theme) => theme.items);
  for (const [p, panelist] of g.panelists.entries()) {
    const as = t.as(panelist.token);
    for (const [c, kase] of g.cases.entries()) {
      for (const item of items) {
        const value: RatingValue = pattern(p, c, item.number);
        await as
          .put(`/api/v1/rounds/${g.round.id}/cases/${kase.id}/ratings/${item.id}`, {
            value,
            justification: `Begrundelse for punkt ${item.number}.`,
          })
          .expect(200);
      }
    }
    const areas = DEVELOPMENT_ANSWERS[p];
    if (areas) await as.put(`/api/v1/rounds/${g.round.id}/development`, { areas }).expect(200);
  }
  await transition(t, g.round.id, 'discussion').expect(200);
  return form;
}
