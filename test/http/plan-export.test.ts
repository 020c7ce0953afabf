import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPLEMENTATION_PHASE_GUIDES } from '../../src/domain/implementation-phases.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { FOCUS_POINTS, buildRound } from '../helpers/rounds.js';

// Reading the PDF needs poppler-utils (pdftotext), installed in CI.
const dir = mkdtempSync(path.join(tmpdir(), 'plan-pdf-'));
const NOW = new Date('2026-03-10T12:00:00Z');
let t: TestApp;
let roundId: string;
let panelist: string;
const recTexts = FOCUS_POINTS.flatMap((fp) => fp.recommendations);

function binary(res: { on: (e: string, f: (c?: Buffer) => void) => void }, done: (e: Error | null, b: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk as Buffer));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

beforeAll(async () => {
  t = await createTestApp({}, { clock: () => NOW });
  const built = await buildRound(t, { rated: false, phase: 'reported' });
  roundId = built.round.id;
  panelist = built.panelists[0]?.token ?? '';
  const recIds = built.focusPoints.flatMap((fp) => fp.recommendations.map((rec) => rec.id));
  const leader = t.as(built.leader.token);
  const base = `/api/v1/rounds/${roundId}/plan`;
  const first = await leader
    .post(`${base}/initiatives`, {
      title: 'Indhold, form og ejerskab',
      note: 'Et muligt første indsatsområde.',
      status: 'Behandlingsplaner er ikke forankret i praksis.',
      phase: 'embed',
      recommendationIds: [recIds[2], recIds[0]],
      guidance: ['Læs de nationale retningslinjer, afsnit 2.6.5.'],
    })
    .expect(201);
  const steps = [
    { kind: 'activity', text: 'Drøftelse af kategorierne', due: '2018-01-01', state: 'done', statusText: 'Afholdt' },
    { kind: 'activity', text: 'Skabelon besluttes', start: '2018-01-02', due: '2018-02-01', state: 'in_progress' },
    { kind: 'subgoal', text: 'Fælles forståelse', due: '2026-03-10', statusText: '=SUM(A1)' },
    { kind: 'goal', text: 'Skabelonen er i drift', due: '2026-04-01' },
  ];
  for (const step of steps) {
    await leader
      .post(`${base}/initiatives/${first.body.id}/steps`, { responsible: 'Alle medarbejdere, Kamilla', ...step })
      .expect(201);
  }
  await leader.post(`${base}/initiatives`, { title: 'Organisatorisk praksis', phase: 'decide' }).expect(201);
}, 60_000);

afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('plan.pdf', () => {
  it('reads back with the layout of a municipal plan: per initiative status, anbefalinger, guidance, phase, the table', async () => {
    const res = await t.as(panelist).get(`/api/v1/rounds/${roundId}/plan.pdf`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="udviklingsplan.pdf"');
    const file = path.join(dir, 'plan.pdf');
    writeFileSync(file, res.body as Buffer);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').slice(0, -1);
    const flat = text.replace(/\s+/g, ' ');

    expect(pages[0]).toContain('Udviklingsplan');
    expect(flat).toContain('Opdateret 10. marts 2026');
    expect(flat).toContain(
      'Anbefalingerne 1 og 3 indgår i planen. Anbefalingerne 2, 4 og 5 er ikke valgt til et indsatsområde.',
    );
    expect(flat).toContain('Indsatsområde 1. Indhold, form og ejerskab');
    expect(flat).toContain('Note: Et muligt første indsatsområde.');
    expect(flat).toContain('Status: Behandlingsplaner er ikke forankret i praksis.');
    expect(flat).toContain(`1. ${recTexts[0]}`);
    expect(flat).toContain(`3. ${recTexts[2]}`);
    expect(flat).not.toContain(recTexts[1]);
    expect(flat).toContain('• Læs de nationale retningslinjer, afsnit 2.6.5.');
    expect(flat).toContain('Implementeringsfase: Forankre');
    for (const question of IMPLEMENTATION_PHASE_GUIDES.embed.checklist) expect(flat).toContain(question);
    expect(flat).toContain('Aktivitet/Delmål/ Implementeringsmål Dato Ansvarlig/udfører/ deltagere Status');
    expect(flat).toContain('Aktivitet 1: Drøftelse af kategorierne 1.1.2018');
    expect(flat).toContain('Gennemført: Afholdt');
    expect(flat).toContain('Aktivitet 2: Skabelon besluttes 2.1.2018– 1.2.2018');
    expect(flat).toContain('I gang – overskredet');
    expect(flat).toContain('Delmål 1: Fælles forståelse 10.3.2026');
    expect(flat).toContain('Implementeringsmål 1: Skabelonen er i drift 1.4.2026');
    // Due today and due later: not overdue; only Aktivitet 2 is.
    expect(flat.match(/overskredet/g)).toHaveLength(1 + 1); // the table row and the cover's count
    expect(flat).toContain('Indsatsområde 2. Organisatorisk praksis');
    expect(flat).toContain('Der er endnu ikke planlagt aktiviteter eller mål.');
    for (const question of IMPLEMENTATION_PHASE_GUIDES.decide.checklist) expect(flat).toContain(question);
    const count = pages.length - 1;
    pages.slice(1).forEach((page, index) => expect(page).toContain(`Side ${index + 1} af ${count}`));
  });
});

describe('plan.csv', () => {
  it('has one row per step in plan order, for Danish Excel', async () => {
    const res = await t.as(panelist).get(`/api/v1/rounds/${roundId}/plan.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="udviklingsplan-${roundId}.csv"`);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    // Every text field is quoted (src/domain/csv.ts); numbers and empty cells are not.
    expect(lines[0]?.startsWith('"Indsatsområde nr.";"Indsatsområde";')).toBe(true);
    const unquote = (cell: string) => (/^".*"$/.test(cell) ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    const rows = lines.slice(0, -1).map((line) => line.split(';').map(unquote));
    expect(rows[0]).toEqual([
      'Indsatsområde nr.',
      'Indsatsområde',
      'Implementeringsfase',
      'Trin',
      'Type',
      'Beskrivelse',
      'Start',
      'Dato',
      'Ansvarlig/udfører/deltagere',
      'Tilstand',
      'Status',
      'Overskredet',
      'Opdateret',
    ]);
    const common = ['Alle medarbejdere, Kamilla'];
    expect(rows.slice(1).map((row) => row.slice(0, 12))).toEqual([
      [
        '1',
        'Indhold, form og ejerskab',
        'Forankre',
        'Aktivitet 1',
        'Aktivitet',
        'Drøftelse af kategorierne',
        '',
        '2018-01-01',
        ...common,
        'Gennemført',
        'Afholdt',
        'nej',
      ],
      [
        '1',
        'Indhold, form og ejerskab',
        'Forankre',
        'Aktivitet 2',
        'Aktivitet',
        'Skabelon besluttes',
        '2018-01-02',
        '2018-02-01',
        ...common,
        'I gang',
        '',
        'ja',
      ],
      // A status text that a spreadsheet would run as a formula is neutralised.
      [
        '1',
        'Indhold, form og ejerskab',
        'Forankre',
        'Delmål 1',
        'Delmål',
        'Fælles forståelse',
        '',
        '2026-03-10',
        ...common,
        'Planlagt',
        "'=SUM(A1)",
        'nej',
      ],
      [
        '1',
        'Indhold, form og ejerskab',
        'Forankre',
        'Implementeringsmål 1',
        'Implementeringsmål',
        'Skabelonen er i drift',
        '',
        '2026-04-01',
        ...common,
        'Planlagt',
        '',
        'nej',
      ],
    ]);
    for (const row of rows.slice(1)) expect(row[12]).toMatch(/^2\d{3}-\d\d-\d\dT/);
  });
});
