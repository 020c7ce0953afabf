import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../src/db/schema.js';
import { PHASES } from '../../src/domain/phases.js';
import { assembleReport } from '../../src/services/report-model-service.js';
import type { ReportModel } from '../../src/report/model.js';
import { createTestApp, transition, type TestApp } from '../helpers/app.js';
import { buildRound, DEVELOPMENT_ANSWERS, FOCUS_POINTS, PANEL, type BuiltRound } from '../helpers/rounds.js';

let t: TestApp;
let built: BuiltRound;
let model: ReportModel;
const generatedAt = '2024-05-23T10:00:00.000Z';

beforeAll(async () => {
  t = await createTestApp();
  built = await buildRound(t, { phase: 'follow_up' });
  model = assembleReport(t.db, built.round.id, { draft: true, generatedAt });
});
afterAll(() => t.close());

describe('assembleReport', () => {
  it('carries the round, the draft flag and the given date', () => {
    expect(model.draft).toBe(true);
    expect(model.generatedAt).toBe(generatedAt);
    expect(model.round).toEqual({
      id: built.round.id,
      title: 'Bedre handleplaner',
      organisation: 'Fjordby Kommune',
      purpose: 'At kvalificere handleplansarbejdet.',
      scope: null,
      background: 'Handleplaner er kommunens redskab til at styre indsatsen.',
      foreword: 'Denne rapport samler auditpanelets fokuspunkter og anbefalinger.',
      phase: 'follow_up',
    });
  });

  it('dates every phase reached as stored at each transition (the same time as its audit row), in order', async () => {
    expect(model.phases.map((p) => p.phase)).toEqual([...PHASES]);
    expect(model.phases[0]?.label).toBe('Formøde med ledelsen: afgrænsning af problemstilling og formål');
    const reached = model.phases.slice(0, 6).map((p) => p.reachedAt as string);
    expect(reached.every((at) => /^\d{4}-\d\d-\d\dT/.test(at))).toBe(true);
    expect([...reached].sort()).toEqual(reached);
    expect(model.phases[6]?.reachedAt).toBeNull();
    const log = (await t.admin.get(`/api/v1/rounds/${built.round.id}/audit-log?limit=1000`).expect(200)).body.items as {
      action: string;
      at: string;
      details: { to?: string } | null;
    }[];
    const toFollowUp = log.find((e) => e.action === 'round.transitioned' && e.details?.to === 'follow_up');
    expect(model.phases[5]?.reachedAt).toBe(toFollowUp?.at);
    expect(model.phases[0]?.reachedAt).toBe(log.find((e) => e.action === 'round.created')?.at);
  });

  it('lists the cases with their selection and the panel with role labels, panelists first', () => {
    expect(model.cases).toEqual(
      [1, 2].map((n) => ({
        code: `Sag ${n}`,
        area: 'Socialpsykiatri',
        summary: 'Borger med behov for bostøtte.',
        selection: { developmentPotential: 'Ja', complexity: 'Høj', recent: 'Bevilget 1.4.2018' },
      })),
    );
    expect(model.panel).toEqual([
      { name: 'Birgit Aagaard', affiliation: 'Voksen handicap', role: 'panelist', roleLabel: 'paneldeltager' },
      { name: 'Anders Lunde', affiliation: 'Det Sociale Team', role: 'panelist', roleLabel: 'paneldeltager' },
      { name: 'Ravi Sørensen', affiliation: 'Socialpsykiatri', role: 'panelist', roleLabel: 'paneldeltager' },
      { name: 'Clara Bundgaard', affiliation: 'Kvalitetsudvikling', role: 'referent', roleLabel: 'referent' },
      { name: 'Karen Overby', affiliation: 'Kvalitetsudvikling', role: 'leader', roleLabel: 'mødeleder' },
    ]);
  });

  it('includes the form and the results with item texts, a case × item median table and overall figures', () => {
    expect(model.form.themes.map((theme) => theme.items.length)).toEqual([7, 1, 1]);
    expect(model.form.scale.map((s) => s.key)).toEqual(['high', 'some', 'low', 'none', 'na']);
    const { results } = model;
    expect(results.completeness).toEqual({ expected: 54, received: 54 });
    expect(results.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results.items[5]).toMatchObject({
      number: 6,
      text: 'Vurder om indsatsens varighed er klart angivet i handleplanen?',
      themeTitle: 'Formål og mål for indsats',
      n: 6,
      na: 0,
      counts: { high: 0, some: 2, low: 2, none: 2, na: 0 },
      median: 1,
      positiveShare: 1 / 3,
      casesRated: 2,
      casesPositive: 0,
      disagreementCases: 2,
    });
    expect(results.items[7]).toMatchObject({ number: 8, themeTitle: 'Borgerinddragelse', n: 5, na: 1 });
    expect(results.medianTable.caseCodes).toEqual(['Sag 1', 'Sag 2']);
    expect(results.medianTable.rows.map((row) => row.itemNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results.medianTable.rows[2]).toEqual({ itemNumber: 3, medians: [2, 3] });
    expect(results.medianTable.rows[5]).toEqual({ itemNumber: 6, medians: [1, 0] });
    expect(results.overall).toMatchObject({ n: 53, na: 1 });
  });

  it('numbers the recommendations 1..N across focus points and gives their item numbers', () => {
    expect(model.focusPoints.map((fp) => [fp.position, fp.title, fp.itemNumbers])).toEqual([
      [1, 'Formulering af formål', [1, 7]],
      [2, 'Indsatsens varighed og omfang', [6]],
    ]);
    expect(model.focusPoints.flatMap((fp) => fp.recommendations.map((r) => [r.number, r.text]))).toEqual(
      FOCUS_POINTS.flatMap((fp) => fp.recommendations).map((text, i) => [i + 1, text]),
    );
    expect(model.focusPoints[0]?.discussion).toBe(FOCUS_POINTS[0]?.discussion);
  });

  it('groups the development answers by area, sorted, without names', () => {
    expect(model.developmentAnswers).toEqual([
      {
        area: 'Indsatsmål',
        suggestions: ['Angiv hvornår hvert indsatsmål forventes nået.', 'Formulér målbare delmål med succeskriterier.'],
      },
      { area: 'Borgerinddragelse', suggestions: ['Skriv borgerens egne bemærkninger ind i handleplanen.'] },
      { area: 'Varighed', suggestions: ['Angiv indsatsens forventede varighed.'] },
    ]);
    expect(DEVELOPMENT_ANSWERS.flat()).toHaveLength(4);
    const text = JSON.stringify(model.developmentAnswers);
    for (const person of PANEL) expect(text).not.toContain(person.name);
  });

  it('describes a final model as published: phase reported, reached at generatedAt', () => {
    const final = assembleReport(t.db, built.round.id, { draft: false, generatedAt });
    expect(final.draft).toBe(false);
    expect(final.round.phase).toBe('reported');
    expect(final.phases[6]).toEqual({ phase: 'reported', label: 'Afrapportering udgivet', reachedAt: generatedAt });
    expect({ ...final, draft: true, round: model.round, phases: model.phases }).toEqual(model);
  });

  it('reads the same model after publication, with the stored date the round reached reported', async () => {
    await transition(t, built.round.id, 'reported').expect(200);
    const stored = t.db.select().from(reports).where(eq(reports.roundId, built.round.id)).get();
    expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const after = assembleReport(t.db, built.round.id, { draft: false, generatedAt: stored?.createdAt as string });
    expect(after.round.phase).toBe('reported');
    expect(after.phases[6]?.reachedAt).toMatch(/^\d{4}-/);
    expect(after.focusPoints).toEqual(model.focusPoints);
  });
});
