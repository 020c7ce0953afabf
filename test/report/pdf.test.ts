import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../src/report/pdf.js';
import { formatAlpha, formatMedian, formatPercent } from '../../src/report/pdf-format.js';
import type { ReportModel } from '../../src/report/model.js';
import {
  SEED_DEVELOPMENT_QUESTION,
  SEED_ITEMS,
  largeReportModel,
  seedLikeReportModel,
} from '../helpers/report-fixture.js';

// Reading the PDFs needs poppler-utils (pdftotext, pdfinfo, pdftohtml), installed in CI.
const dir = mkdtempSync(path.join(tmpdir(), 'report-pdf-'));
let counter = 0;

interface Rendered {
  model: ReportModel;
  bytes: Buffer;
  file: string;
  /** pdftotext -layout, one entry per page. */
  pages: string[];
  text: string;
}

async function render(model: ReportModel): Promise<Rendered> {
  const bytes = await renderReportPdf(model);
  counter += 1;
  const file = path.join(dir, `report-${counter}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1);
  return { model, bytes, file, pages, text };
}

function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** Outline (bookmarks) as pdftohtml reports them: title and 1-based physical page. */
function outline(file: string): { title: string; page: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], { encoding: 'utf8' });
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({
    page: Number(m[1]),
    title: (m[2] ?? '').replace(/&amp;/g, '&'),
  }));
}

/** Layout text wraps lines anywhere; comparing without whitespace keeps the checks about content. */
const squash = (s: string): string => s.replace(/\s+/g, '');

let seed: Rendered;
let draft: Rendered;
let large: Rendered;

beforeAll(async () => {
  seed = await render(seedLikeReportModel());
  draft = await render(seedLikeReportModel({ draft: true }));
  large = await render(largeReportModel({ draft: true }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderReportPdf – structure of the seed report', () => {
  it('has the chapters and sections of the seed report, after the contents page', () => {
    const body = squash(seed.pages.slice(2).join('\n'));
    for (const heading of [
      'Forord',
      '[1] Baggrund for projektet',
      '[2] Design af auditforløb',
      'Auditmetoden',
      'Auditforløbet har bestået af følgende faser:',
      'Sagsmateriale',
      'Auditpanel',
      'Afgrænsning',
      'Datasikkerhed',
      '[3] Resultater',
      'Samlede fokuspunkter og anbefalinger',
      '[4] Fokuspunkter og anbefalinger',
      '[5] Vurderingsskema',
      'Tema: Formål og mål for indsats',
      'Tema: Borgerinddragelse',
      'Tema: Samlet vurdering',
      'Udviklingsspørgsmål samlet for alle gennemgåede sager',
    ]) {
      expect(body, heading).toContain(squash(heading));
    }
    expect(seed.pages[0]).toContain('Afrapportering af auditforløb');
    expect(seed.pages[1]).toContain('Indholdsfortegnelse');
  });

  it('lists every chapter in the contents with the page number printed on that page', () => {
    const contents = seed.pages[1] ?? '';
    const marks = outline(seed.file);
    for (const chapter of ['Forord', '[1] Baggrund for projektet', '[3] Resultater', '[5] Vurderingsskema']) {
      const mark = marks.find((m) => m.title === chapter);
      expect(mark, chapter).toBeDefined();
      const printed = (mark?.page ?? 0) - 1; // the title page is not numbered
      const line = contents.split('\n').find((l) => l.includes(chapter)) ?? '';
      expect(line.trim().endsWith(` ${printed}`), line).toBe(true);
      expect(seed.pages[(mark?.page ?? 0) - 1]).toContain(`Side ${printed} af`);
    }
  });

  it('bookmarks every chapter and every focus point', () => {
    const titles = outline(seed.file).map((m) => m.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Indholdsfortegnelse',
        'Forord',
        '[2] Design af auditforløb',
        '[4] Fokuspunkter og anbefalinger',
        ...seed.model.focusPoints.map((fp) => fp.title),
      ]),
    );
  });

  it('prints all 17 recommendations with their numbers, in the summary table and under the focus points', () => {
    const recommendations = seed.model.focusPoints.flatMap((fp) => fp.recommendations);
    expect(recommendations.map((r) => r.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const focusChapter = seed.text.slice(seed.text.lastIndexOf('[4] Fokuspunkter og anbefalinger'));
    for (const r of recommendations) expect(squash(focusChapter)).toContain(squash(`${r.number}. ${r.text}`));
    const lead = 'På baggrund af auditpanelets drøftelser fremsættes følgende anbefalinger:';
    expect(focusChapter.split(lead)).toHaveLength(seed.model.focusPoints.length + 1);
    const summary = seed.text.slice(
      seed.text.lastIndexOf('Samlede fokuspunkter og anbefalinger'),
      seed.text.indexOf('Fordeling af vurderingerne', seed.text.lastIndexOf('Samlede fokuspunkter')),
    );
    for (const r of recommendations) expect(summary).toMatch(new RegExp(`(^|\\s)${r.number}\\. Det anbefales`));
  });

  it('names the panel with mødeleder and referent marked', () => {
    const body = squash(seed.text);
    for (const member of seed.model.panel) {
      const mark = member.role === 'panelist' ? '' : ` (${member.roleLabel})`;
      expect(body).toContain(squash(`${member.name}, ${member.affiliation}${mark}`));
    }
    expect(seed.text).toContain('(mødeleder)');
    expect(seed.text).toContain('(referent)');
  });

  it('reproduces the nine items, the scale and the development question as 10 in the appendix', () => {
    const appendix = seed.text.slice(seed.text.lastIndexOf('[5] Vurderingsskema'));
    for (const [i, item] of SEED_ITEMS.entries()) expect(squash(appendix)).toContain(squash(`${i + 1}. ${item}`));
    expect(appendix.match(/Begrund din vurdering:/g)).toHaveLength(9);
    expect(squash(appendix)).toContain(squash(`10. ${SEED_DEVELOPMENT_QUESTION}`));
    for (const step of seed.model.form.scale) expect(squash(appendix)).toContain(squash(step.label));
  });

  it('shows the distribution charts, the case × item medians, completeness and alpha', () => {
    const results = seed.text.slice(seed.text.lastIndexOf('[3] Resultater'), seed.text.lastIndexOf('[4] Fokuspunkter'));
    for (const item of seed.model.results.items) {
      expect(results).toContain(`n = ${item.n}`);
      expect(results).toContain(`I høj grad (${item.counts.high})`);
      expect(results).toContain(formatAlpha(item.alpha));
    }
    for (const code of seed.model.results.medianTable.caseCodes) expect(results).toContain(code);
    expect(results).toMatch(/\b[0-3],5\b/); // Danish decimal comma
    expect(results).toMatch(/^\s*6\.(\s+\S+)*\s+–/m); // the cell without graded answers
    const { received, expected } = seed.model.results.completeness;
    expect(results).toContain(`Der er modtaget ${received} af ${expected} forventede`);
    expect(results).toContain(`(${formatPercent(received, expected)})`);
  });

  it('summarises the development answers by area without names', () => {
    const section = seed.text.slice(
      seed.text.lastIndexOf('Udviklingsspørgsmål\n'),
      seed.text.lastIndexOf('[4] Fokuspunkter'),
    );
    for (const answer of seed.model.developmentAnswers) {
      expect(section).toContain(answer.area);
      for (const s of answer.suggestions) expect(squash(section)).toContain(squash(s));
    }
    for (const member of seed.model.panel) expect(section).not.toContain(member.name);
  });

  it('keeps æ, ø and å (embedded DejaVu Sans)', () => {
    expect(seed.text).toContain('Åse Mølgaard');
    expect(seed.text).toContain('Jens Ærø Kristensen');
    expect(seed.text).toContain('Børn Handicap');
    expect(seed.text).toContain('Kasper Ølund');
    const fonts = execFileSync('pdffonts', [seed.file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });
});

describe('renderReportPdf – pages, draft mark, metadata, determinism', () => {
  it('numbers every page but the title page "Side N af M", M = pages after the title page', () => {
    for (const r of [seed, draft, large]) {
      const total = Number(pdfinfo(r.file).Pages);
      expect(r.pages).toHaveLength(total);
      expect(r.pages[0]).not.toMatch(/Side \d+ af/);
      const numbered = total - 1;
      for (let n = 1; n <= numbered; n += 1) expect(r.pages[n]).toContain(`Side ${n} af ${numbered}`);
      expect(r.text.match(/Side \d+ af \d+/g)).toHaveLength(numbered);
    }
  });

  it('marks every page of a draft "Udkast" and no page of the final report', () => {
    for (const r of [draft, large]) for (const page of r.pages) expect(page).toMatch(/udkast/i);
    expect(draft.pages[0]).toContain('UDKAST');
    expect(seed.text).not.toMatch(/udkast/i);
  });

  it('sets the document metadata', () => {
    const info = pdfinfo(seed.file);
    expect(info.Title).toBe(seed.model.round.title);
    expect(info.Author).toBe(seed.model.round.organisation);
    expect(info.Subject).toBe('Afrapportering af auditforløb');
    expect(info.Keywords).toContain('afrapportering');
    expect(info['Page size']).toContain('A4');
    expect(new Date(`${info.CreationDate ?? ''}`).toISOString()).toBe(seed.model.generatedAt);
  });

  it('gives byte-identical output for the same model', async () => {
    const again = await renderReportPdf(seedLikeReportModel());
    expect(again.equals(seed.bytes)).toBe(true);
    const later = await renderReportPdf(seedLikeReportModel({ generatedAt: '2025-06-01T08:00:00.000Z' }));
    expect(later.equals(seed.bytes)).toBe(false);
  });
});

describe('renderReportPdf – a 60-case round with 20 panelists', () => {
  // How fast it renders is measured by `npm run bench`, not asserted here.
  it('is built from 60 cases and 20 panelists', () => {
    expect(large.model.cases).toHaveLength(60);
    expect(large.model.panel.filter((m) => m.role === 'panelist')).toHaveLength(20);
  });

  it('splits the median table into tables of at most 12 cases, each with its header row', () => {
    const results = large.text.slice(large.text.lastIndexOf('Medianer pr. sag og spørgsmål'));
    const headerRows = results.split('\n').filter((l) => /^\s*Spm\.\s+Sag \d+/.test(l));
    expect(headerRows.length).toBeGreaterThanOrEqual(5);
    for (const row of headerRows) expect(row.match(/Sag \d+/g)?.length ?? 0).toBeLessThanOrEqual(12);
    const codes = headerRows.flatMap((row) => row.match(/Sag \d+/g) ?? []);
    expect(new Set(codes)).toEqual(new Set(large.model.results.medianTable.caseCodes));
  });

  it('repeats the header row of a table that continues on the next page', () => {
    const casePages = large.pages.filter((p) => /Sag 2[0-9]\s+(Socialpsykiatri|Voksen|Børn|Socialt)/.test(p));
    expect(casePages.length).toBeGreaterThan(1);
    for (const page of casePages) expect(page).toMatch(/Sag\s+Hovedområde\s+Beskrivelse og udvælgelse/);
  });
});

describe('renderReportPdf – sparse rounds', () => {
  it('falls back to standard prose when foreword, background and scope are missing', async () => {
    const base = seedLikeReportModel();
    const sparse = await render(
      seedLikeReportModel({
        round: { ...base.round, foreword: null, background: null, scope: null },
        focusPoints: [],
        developmentAnswers: [],
      }),
    );
    const body = squash(sparse.text);
    expect(body).toContain(squash('Denne rapport samler resultaterne af auditforløbet'));
    expect(body).toContain(squash('Auditforløbet er afgrænset til de spørgsmål'));
    expect(body).toContain(squash(`${base.round.organisation} er dataansvarlig`));
    expect(body).toContain(squash('Der er ikke afgivet svar på udviklingsspørgsmålet.'));
    expect(sparse.text).toContain('[4] Fokuspunkter og anbefalinger');
  });
});

describe('Danish number formatting', () => {
  it('formats medians, alpha and percentages', () => {
    expect(formatMedian(2.5)).toBe('2,5');
    expect(formatMedian(2)).toBe('2');
    expect(formatMedian(null)).toBe('–');
    expect(formatAlpha(0.8234)).toBe('0,82');
    expect(formatAlpha(-0.05)).toBe('−0,05');
    expect(formatAlpha(null)).toBe('–');
    expect(formatPercent(323, 324)).toBe('99,7 %');
    expect(formatPercent(30, 40)).toBe('75 %');
  });
});
