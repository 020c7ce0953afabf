import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../src/report/pdf.js';
import { chartAltText } from '../../src/report/pdf-comparison.js';
import { LONG_WORD, REPLACEMENT, pdfSafeText } from '../../src/report/pdf-text.js';
import type { ReportModel } from '../../src/report/model.js';
import { flatten, readPdfFacts, type PdfFacts, type StructNode } from '../helpers/pdf-structure.js';
import { genauditReportModel, seedLikeReportModel } from '../helpers/report-fixture.js';

// PDF/UA checks on the structure pdf-lib reads (issue 17), and hostile text (issue 12).
const dir = mkdtempSync(path.join(tmpdir(), 'report-pdfua-'));
let counter = 0;

interface Rendered {
  bytes: Buffer;
  facts: PdfFacts;
  /** pdftotext -layout, one entry per page. */
  pages: string[];
}

async function render(model: ReportModel): Promise<Rendered> {
  const bytes = await renderReportPdf(model);
  counter += 1;
  const file = path.join(dir, `report-${counter}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { bytes, facts: await readPdfFacts(bytes), pages: text.split('\f').slice(0, -1) };
}

/** The body lines of a page: without the running header (first line) and footer (last line). */
function bodyLines(page: string): string[] {
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.slice(1, -1);
}

const headingsOf = (facts: PdfFacts, types: readonly string[]): StructNode[] =>
  flatten(facts.tree).filter((n) => types.includes(n.type));

let seed: Rendered;
let draft: Rendered;
/** A genaudit's report: the seed-like report with the comparison chapter [4]. */
let genaudit: Rendered;

beforeAll(async () => {
  seed = await render(seedLikeReportModel());
  draft = await render(seedLikeReportModel({ draft: true }));
  genaudit = await render(genauditReportModel());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tagged PDF (PDF/UA-1)', () => {
  it('has a structure tree under a Document element, marked, in Danish, showing its title', () => {
    for (const { facts } of [seed, draft, genaudit]) {
      expect(facts.tree?.type).toBe('Document');
      expect(facts.marked).toBe(true);
      expect(facts.lang).toBe('da');
      expect(facts.displayDocTitle).toBe(true);
      const types = new Set(flatten(facts.tree).map((n) => n.type));
      for (const type of ['Sect', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) {
        expect(types, type).toContain(type);
      }
      for (const type of ['Figure', 'Caption', 'TOC', 'TOCI', 'Link']) expect(types, type).toContain(type);
    }
  });

  it('has headings that follow the table of contents and the outline, in order, without skipped levels', () => {
    for (const report of [seed, genaudit]) expectHeadingsInOrder(report);
    expect(genaudit.facts.outline.map((t) => t.trim())).toEqual(
      expect.arrayContaining([
        '[4] Sammenligning med 2025',
        'Hvad få sager kan og ikke kan vise',
        'Før og efter pr. spørgsmål',
      ]),
    );
    expect(seed.facts.outline.some((t) => t.includes('Sammenligning'))).toBe(false);
  });

  function expectHeadingsInOrder(report: Rendered) {
    const all = headingsOf(report.facts, ['H1', 'H2', 'H3']);
    const outline = report.facts.outline.map((t) => t.trim());
    expect(outline[0]).toBe('Indholdsfortegnelse');
    // Every bookmark is a heading; the headings that are bookmarked come in the outline's order.
    const titles = all.map((h) => h.title ?? '');
    // (Chapter 3 repeats the themes of chapter 5 as H3 subheadings; those are not bookmarked.)
    const bookmarked = all.filter((h) => h.type !== 'H3' && outline.includes(h.title ?? ''));
    expect(bookmarked.map((h) => h.title)).toEqual(outline);
    // Chapters are H1, their sections H2 (indented one level in the outline).
    expect(bookmarked.slice(1).map((h) => h.type)).toEqual(
      report.facts.outline.slice(1).map((t) => (t.startsWith('  ') ? 'H2' : 'H1')),
    );
    expect(titles.indexOf('Indholdsfortegnelse')).toBe(1); // after the title on the cover
    // The contents page lists the same headings in the same order.
    const contents = (report.pages[1] ?? '').replace(/\s+/g, ' ');
    let at = 0;
    for (const title of outline.slice(1)) {
      const found = contents.indexOf(title, at);
      expect(found, title).toBeGreaterThanOrEqual(at);
      at = found + title.length;
    }
    // No level is skipped: an Hn follows an H(n-1) or deeper.
    const levels = all.map((h) => Number(h.type.slice(1)));
    levels.forEach((level, i) => {
      if (i > 0) expect(level, titles[i]).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
    expect(titles).toContain('Formål med auditforløbet');
    expect(outline).toContain('Medianer pr. sag og spørgsmål');
  }

  it('gives every table a header row of TH cells with a scope', () => {
    const tables = [seed, genaudit].flatMap((r) => flatten(r.facts.tree).filter((n) => n.type === 'Table'));
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) {
      const [header, ...rows] = table.children;
      expect(header?.type).toBe('TR');
      expect(header?.children.length).toBeGreaterThan(0);
      for (const cell of header?.children ?? []) {
        expect(cell.type).toBe('TH');
        expect(cell.scope).toBe('Column');
      }
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.children.every((c) => c.type === 'TD' || c.scope === 'Row')).toBe(true);
    }
  });

  it('gives every figure alternative text with the counts per answer, and a caption', () => {
    const model = seedLikeReportModel();
    const figures = flatten(seed.facts.tree).filter((n) => n.type === 'Figure');
    expect(figures).toHaveLength(model.results.items.length);
    figures.forEach((figure, i) => {
      const item = model.results.items[i];
      expect(figure.alt?.trim(), `figure ${i + 1}`).toBeTruthy();
      expect(figure.alt).toContain(`spørgsmål ${item?.number ?? ''}:`);
      for (const step of model.form.scale)
        expect(figure.alt).toContain(`${step.label} ${item?.counts[step.key] ?? ''}`);
    });
    const charts = flatten(seed.facts.tree).filter(
      (n) => n.type === 'Div' && n.children.some((c) => c.type === 'Figure'),
    );
    for (const chart of charts) expect(chart.children.map((c) => c.type)).toEqual(['P', 'Figure', 'Caption']);
  });

  it('gives every before/after chart of a genaudit alternative text with both shares, inside its Div', () => {
    const model = genauditReportModel();
    const compared = model.comparison?.items ?? [];
    expect(compared.map((i) => i.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const figures = flatten(genaudit.facts.tree).filter((n) => n.type === 'Figure');
    // The results' charts first, then one per compared item in [4], in form order.
    expect(figures).toHaveLength(model.results.items.length + compared.length);
    const before = figures.slice(model.results.items.length);
    expect(before.map((f) => f.alt)).toEqual(compared.map((item) => chartAltText(item, '2025')));
    expect(before[4]?.alt).toBe(
      'Søjlediagram for spørgsmål 6: 2025 1 af 6 sager positive (17 %); nu 6 af 6 sager positive (100 %).',
    );
    expect(before[7]?.alt).toBe(
      'Søjlediagram for spørgsmål 9: 2025 6 af 6 sager positive (100 %); nu ingen vurderede sager.',
    );
    const charts = flatten(genaudit.facts.tree).filter(
      (n) => n.type === 'Div' && n.children.some((c) => c.type === 'Figure'),
    );
    const shapes = charts.map((chart) => chart.children.map((c) => c.type).join(' '));
    expect(shapes.filter((shape) => shape === 'P Figure Caption')).toHaveLength(model.results.items.length);
    expect(shapes.filter((shape) => shape === 'P Figure P')).toHaveLength(compared.length);
  });

  it('puts StructParents and /Tabs /S on every page', () => {
    for (const { facts, pages } of [seed, draft, genaudit]) {
      expect(facts.pages).toHaveLength(pages.length);
      for (const page of facts.pages) {
        expect(page.structParents).not.toBeNull();
        expect(page.tabs).toBe('S');
      }
    }
  });

  it('marks every painted thing as tagged content or an artifact', () => {
    for (const { facts } of [seed, draft, genaudit]) {
      expect(facts.pages.map((p) => p.unmarkedPaint)).toEqual(facts.pages.map(() => 0));
    }
  });

  it('writes the title and the PDF/UA identifier into the XMP metadata', () => {
    const { title } = seedLikeReportModel().round;
    expect(seed.facts.xmp).toMatch(
      new RegExp(`<dc:title>\\s*<rdf:Alt>\\s*<rdf:li xml:lang="x-default">${title}</rdf:li>`),
    );
    expect(seed.facts.xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(seed.facts.xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
  });

  it('escapes the title in the XMP (a title with & and <)', async () => {
    const base = seedLikeReportModel();
    const odd = await render(seedLikeReportModel({ round: { ...base.round, title: 'Tryg & sikker <2025>' } }));
    expect(odd.facts.xmp).toContain('Tryg &amp; sikker &lt;2025&gt;');
    expect(odd.facts.xmp).not.toContain('Tryg & sikker');
  });

  it('keeps running headers, footers and page numbers out of the structure', () => {
    const paragraphs = flatten(draft.facts.tree).filter((n) => n.type === 'P').length;
    // Text of the running header/footer is drawn on every page but belongs to no element:
    // a page has at most a handful of paragraphs, far fewer than with headers tagged as P.
    expect(paragraphs).toBeLessThan(draft.pages.length * 12);
    for (const page of draft.pages.slice(1)) expect(page).toMatch(/Side \d+ af \d+/);
  });
});

describe('cover, layout and Danish', () => {
  it('lets pdftotext read the cover in whole words', () => {
    const cover = draft.pages[0] ?? '';
    const organisation = seedLikeReportModel().round.organisation.toLocaleUpperCase('da-DK');
    expect(cover).toContain(organisation);
    for (const word of organisation.split(' ')) expect(cover.split(/\s+/)).toContain(word);
    expect(cover.split(/\s+/)).toContain('UDKAST');
  });

  it('never ends a page with a heading or a table header, across shifted layouts', async () => {
    const base = seedLikeReportModel();
    const headers = [/^Spm\.\s+Sag/, /^Sag\s+Hovedområde/, /^Fokuspunkt\s+Anbefalinger/, /^Spm\.\s+Vurderinger/];
    // Each extra recommendation pushes chapter 3 down by a row: the headings land everywhere.
    for (let extra = 0; extra < 8; extra += 1) {
      const [first, ...rest] = base.focusPoints;
      if (!first) throw new Error('fixture without focus points');
      const padded = {
        ...first,
        recommendations: [
          ...first.recommendations,
          ...Array.from({ length: extra * 2 }, (_, i) => ({
            id: `extra-${i}`,
            number: first.recommendations.length + i + 1,
            text: 'Handleplanen angiver, hvem der følger op, og hvornår opfølgningen sker.',
          })),
        ],
      };
      const { pages, facts } = await render(seedLikeReportModel({ focusPoints: [padded, ...rest] }));
      const titles = new Set(headingsOf(facts, ['H1', 'H2', 'H3']).map((h) => h.title ?? ''));
      pages.slice(2).forEach((page, i) => {
        const last = bodyLines(page).at(-1) ?? '';
        expect(titles.has(last), `extra ${extra}, page ${i + 3} ends with "${last}"`).toBe(false);
        for (const header of headers) expect(last, `extra ${extra}, page ${i + 3}`).not.toMatch(header);
      });
    }
  }, 60_000);

  it('says "Sagen", "hovedområdet" and "anbefaling" for one case, one area, one recommendation', async () => {
    const base = seedLikeReportModel();
    const [onlyCase] = base.cases;
    const [focus] = base.focusPoints;
    const [recommendation] = focus?.recommendations ?? [];
    if (!onlyCase || !focus || !recommendation) throw new Error('fixture');
    const single = await render(
      seedLikeReportModel({
        cases: [onlyCase],
        focusPoints: [{ ...focus, recommendations: [recommendation] }],
        results: {
          ...base.results,
          medianTable: {
            caseCodes: [onlyCase.code],
            rows: base.results.medianTable.rows.map((r) => ({ ...r, medians: r.medians.slice(0, 1) })),
          },
        },
      }),
    );
    const text = single.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Sagsmaterialet har bestået af én sag');
    expect(text).toContain('Sagen er udvalgt ud fra følgende kriterier');
    expect(text).toContain(`Sagen hører under hovedområdet ${onlyCase.area}.`);
    expect(text).toContain('Tabellen viser sagen, dens hovedområde');
    expect(text).toContain('fremsættes følgende anbefaling:');
    expect(text).toContain('Under fokuspunktet er der formuleret én anbefaling.');
    expect(text).not.toMatch(/Sagerne|hovedområderne|følgende anbefalinger/);
  });

  it('hyphenates "kommunikations- og aftaleredskab"', () => {
    const text = seed.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('kommunikations- og aftaleredskab');
  });
});

describe('hostile text in the PDF', () => {
  const word = 'x'.repeat(10_000);

  it('renders a 10,000-character word in every free-text field, linearly, with a sane page count', async () => {
    const base = seedLikeReportModel();
    const [fp, ...rest] = base.focusPoints;
    const [c0, ...cases] = base.cases;
    if (!fp || !c0) throw new Error('fixture');
    const hostile = await render(
      seedLikeReportModel({
        round: { ...base.round, foreword: word, background: word, purpose: word, scope: word },
        focusPoints: [
          {
            ...fp,
            discussion: word,
            title: `Titel ${'y'.repeat(2_000)}`,
            recommendations: fp.recommendations.map((r, i) => (i === 0 ? { ...r, text: word } : r)),
          },
          ...rest,
        ],
        cases: [{ ...c0, summary: word }, ...cases],
      }),
    );
    // Each 10,000-character field is two to five pages of x's; the seed report has 16 pages.
    expect(hostile.pages.length).toBeGreaterThan(16 + 7 * 2);
    expect(hostile.pages.length).toBeLessThan(16 + 7 * 6);
    const xs = hostile.pages.join('').match(/x/g)?.length ?? 0;
    // Nothing lost (the cover shows a cut purpose; the recommendation is in two places).
    expect(xs).toBeGreaterThanOrEqual(7 * 10_000);
    // Split rows, continued labels and repeated headers are all tagged or artifacts.
    for (const page of hostile.facts.pages) {
      expect(page.unmarkedPaint).toBe(0);
      expect(page.tabs).toBe('S');
    }
    // The long row is split over pages: no page holds the case table's header alone.
    for (const page of hostile.pages) {
      const lines = bodyLines(page);
      const header = lines.findIndex((l) => /^Sag\s+Hovedområde/.test(l));
      if (header >= 0) expect(lines.length, 'rows after the header').toBeGreaterThan(header + 1);
    }
  }, 60_000);

  it('replaces emoji and other missing glyphs, strips control characters, keeps RTL spacing', async () => {
    const base = seedLikeReportModel();
    const [fp, ...rest] = base.focusPoints;
    if (!fp) throw new Error('fixture');
    const discussion =
      'Glad 👍🏽 familie 👨‍👩‍👧 og \u0007klokke\u0000nul\u001b[31m farve \u200Busynlig \uD800 ende. Hej שלום verden.';
    const hostile = await render(seedLikeReportModel({ focusPoints: [{ ...fp, discussion }, ...rest] }));
    const text = hostile.pages.join('\n');
    expect(text).toContain(
      `Glad ${REPLACEMENT} familie ${REPLACEMENT} og klokkenul[31m farve usynlig ${REPLACEMENT} ende.`,
    );
    const controls = [...text].filter((c) => {
      const cp = c.codePointAt(0) ?? 0;
      return (cp < 0x20 && c !== '\n' && c !== '\f') || cp === 0x7f;
    });
    expect(controls).toEqual([]);
    expect(hostile.facts.tree?.type).toBe('Document');
  });

  it('makes the comparison chapter’s texts safe too: baseline title and item text', async () => {
    const base = genauditReportModel();
    const comparison = base.comparison;
    const [first, ...rest] = comparison?.items ?? [];
    if (!comparison || !first) throw new Error('fixture');
    const hostile = await render(
      genauditReportModel({
        comparison: {
          ...comparison,
          baselineTitle: 'Runde 👍🏽 \u0007klokke\u0000nul',
          items: [{ ...first, text: word }, ...rest],
        },
      }),
    );
    const text = hostile.pages.join('\n');
    expect(text).toContain(`Runde ${REPLACEMENT} klokkenul`);
    expect(text.match(/x/g)?.length ?? 0).toBeGreaterThanOrEqual(10_000);
    for (const page of hostile.facts.pages) {
      expect(page.unmarkedPaint).toBe(0);
      expect(page.tabs).toBe('S');
    }
  }, 60_000);

  it('produces the same bytes for the same model, also after other reports', async () => {
    const base = seedLikeReportModel();
    const odd = seedLikeReportModel({ round: { ...base.round, foreword: 'Ω ✓ ☃ 😀 שלום' } });
    const before = await renderReportPdf(odd);
    await renderReportPdf(seedLikeReportModel({ round: { ...base.round, foreword: '∑ ≈ ∞ 🎉 مرحبا' } }));
    expect((await renderReportPdf(odd)).equals(before)).toBe(true);
    expect((await renderReportPdf(base)).equals(seed.bytes)).toBe(true);
  });
});

describe('pdfSafeText', () => {
  const all = () => true;

  it('gives a long word a break opportunity every LONG_WORD characters, and nothing else', () => {
    const out = pdfSafeText('a'.repeat(LONG_WORD * 3 + 5), all);
    expect(out.split('\u200B').map((p) => p.length)).toEqual([LONG_WORD, LONG_WORD, LONG_WORD, 5]);
    expect(pdfSafeText('ord '.repeat(100), all)).toBe('ord '.repeat(100));
  });

  it('doubles the space after a right-to-left word before left-to-right text only', () => {
    expect(pdfSafeText('Hej שלום verden', all)).toBe('Hej שלום  verden');
    expect(pdfSafeText('שלום עולם', all)).toBe('שלום עולם');
    expect(pdfSafeText('مرحبا 2025', all)).toBe('مرحبا  2025');
  });

  it('counts an emoji cluster once and keeps line breaks', () => {
    const noEmoji = (cp: number) => cp < 0x2000;
    expect(pdfSafeText('a👨‍👩‍👧b 👍🏽\r\nc\td', noEmoji)).toBe(`a${REPLACEMENT}b ${REPLACEMENT}\nc d`);
  });

  it('runs in linear time on a megabyte of one word (no timing assertion: it just finishes)', () => {
    const out = pdfSafeText('z'.repeat(1_000_000), all);
    expect(out.length).toBe(1_000_000 + Math.floor((1_000_000 - 1) / LONG_WORD));
  });
});
