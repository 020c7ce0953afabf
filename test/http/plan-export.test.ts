import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPLEMENTATION_PHASE_GUIDES } from '../../src/domain/implementation-phases.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { flatten, readPdfFacts } from '../helpers/pdf-structure.js';
import { FOCUS_POINTS, buildRound } from '../helpers/rounds.js';

// Reading the PDF needs poppler-utils (pdftotext), installed in CI.
const dir = mkdtempSync(path.join(tmpdir(), 'plan-pdf-'));
const NOW = new Date('2026-03-10T12:00:00Z');
let t: TestApp;
let roundId: string;
let panelist: string;
let round: { title: string; organisation: string };
const LONG = 'x'.repeat(150);
const STATUS_2 = `Mødet 🎉 er holdt ${LONG} slut`;
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
  round = built.round as unknown as typeof round;
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
  // Free text the fonts cannot draw (emoji) and an over-long word: drawn safely (pdfSafeText).
  await leader
    .post(`${base}/initiatives`, { title: 'Organisatorisk praksis', phase: 'decide', status: STATUS_2 })
    .expect(201);
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

describe('plan.pdf as a tagged PDF/UA document', () => {
  it('has a structure tree with headings in order, a tagged steps table, tagged pages, XMP and a readable cover', async () => {
    const res = await t.as(panelist).get(`/api/v1/rounds/${roundId}/plan.pdf`).buffer(true).parse(binary).expect(200);
    const bytes = res.body as Buffer;
    const facts = await readPdfFacts(bytes);
    expect(facts.tree?.type).toBe('Document');
    expect(facts.marked).toBe(true);
    expect(facts.lang).toBe('da');
    expect(facts.displayDocTitle).toBe(true);
    // The cover and each indsatsområde are a Sect with its H1 (the cover's after the organisation).
    const sects = facts.tree?.children ?? [];
    expect(sects.map((s) => s.type)).toEqual(['Sect', 'Sect', 'Sect']);
    expect(sects[0]?.children[0]?.type).toBe('P');
    expect(sects.map((s) => s.children.find((c) => c.type === 'H1')?.title)).toEqual([
      'Udviklingsplan',
      'Indsatsområde 1. Indhold, form og ejerskab',
      'Indsatsområde 2. Organisatorisk praksis',
    ]);
    const headings = flatten(facts.tree).filter((n) => /^H\d$/.test(n.type));
    expect(headings.map((h) => `${h.type} ${h.title ?? ''}`)).toEqual([
      'H1 Udviklingsplan',
      'H2 Indsatsområder',
      'H2 Anbefalingerne fra afrapporteringen',
      'H1 Indsatsområde 1. Indhold, form og ejerskab',
      'H2 Status:',
      'H2 Valgte anbefalinger fra afrapporteringen:',
      'H2 Anbefalinger på baggrund af udviklingsarbejdet:',
      `H2 Implementeringsfase: ${IMPLEMENTATION_PHASE_GUIDES.embed.label}`,
      'H1 Indsatsområde 2. Organisatorisk praksis',
      'H2 Status:',
      `H2 Implementeringsfase: ${IMPLEMENTATION_PHASE_GUIDES.decide.label}`,
    ]);
    expect(facts.outline).toEqual([
      'Udviklingsplan',
      'Indsatsområde 1. Indhold, form og ejerskab',
      'Indsatsområde 2. Organisatorisk praksis',
    ]);
    // Paragraphs, the guidance and checklist questions as lists.
    const all = flatten(facts.tree);
    expect(all.filter((n) => n.type === 'P').length).toBeGreaterThan(5);
    const items = all.filter((n) => n.type === 'LI');
    const checklists =
      IMPLEMENTATION_PHASE_GUIDES.embed.checklist.length + IMPLEMENTATION_PHASE_GUIDES.decide.checklist.length;
    // cover overview (2) + chosen recommendations (2) + guidance (1) + both checklists
    expect(items).toHaveLength(2 + 2 + 1 + checklists);
    for (const item of items) expect(item.children.map((c) => c.type)).toEqual(['Lbl', 'LBody']);
    // The steps table: a header row of TH cells, then one row of TD cells per step.
    const tables = all.filter((n) => n.type === 'Table');
    expect(tables).toHaveLength(1);
    const rows = flatten(tables[0] ?? null).filter((n) => n.type === 'TR');
    expect(rows).toHaveLength(1 + 4);
    expect(rows[0]?.children.map((c) => c.type)).toEqual(['TH', 'TH', 'TH', 'TH']);
    for (const row of rows.slice(1)) expect(row.children.map((c) => c.type)).toEqual(['TD', 'TD', 'TD', 'TD']);
    // Every page: in the structure, tab order by structure, nothing painted untagged.
    expect(facts.pages.length).toBeGreaterThan(1);
    for (const page of facts.pages) {
      expect(page.structParents).not.toBeNull();
      expect(page.tabs).toBe('S');
      expect(page.unmarkedPaint).toBe(0);
    }
    // XMP: the title (XML-escaped: the round's title has quotes) and the PDF/UA identifier.
    const escaped = `Udviklingsplan: ${round.title}`.replaceAll('"', '&quot;');
    expect(facts.xmp).toContain(`<rdf:li xml:lang="x-default">${escaped}</rdf:li>`);
    expect(facts.xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    // pdftotext reads the cover's organisation as whole words, not letter by letter.
    const file = path.join(dir, 'plan-tagged.pdf');
    writeFileSync(file, bytes);
    const cover = execFileSync('pdftotext', ['-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const organisation = round.organisation.toLocaleUpperCase('da-DK');
    expect(organisation.length).toBeGreaterThan(3);
    expect(cover).toContain(organisation);
    for (const word of organisation.split(' ')) expect(cover.split(/\s+/)).toContain(word);
    // The emoji became U+FFFD; the long word got break opportunities instead of running off the page.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Mødet \uFFFD er holdt');
    expect(text).not.toContain('🎉');
    expect(text.replace(/[\s\u200B]/g, '')).toContain(`${LONG}slut`);
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
