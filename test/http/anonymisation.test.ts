import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FINDINGS } from '../../src/domain/anonymisation.js';
import { addMember, caseInput, createRound, createTestApp, type TestApp } from '../helpers/app.js';
import { addFocusPoint, buildRound } from '../helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ bodyLimit: 3 * 1024 * 1024 });
});
afterAll(() => t.close());

const counts = () =>
  Object.fromEntries(
    ['cases', 'case_documents', 'audit_log'].map((table) => [
      table,
      (t.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    ]),
  );

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The smallest DOCX mammoth reads: one paragraph per line. */
async function docx(lines: string[]): Promise<string> {
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines
      .map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  );
  return (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
}

async function pdf(text: string): Promise<string> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.text(text);
  doc.end();
  await done;
  return Buffer.concat(chunks).toString('base64');
}

describe('redaction preview', () => {
  it('answers the case with placeholders, the same number for the same person, and stores nothing', async () => {
    const round = await createRound(t);
    const before = counts();
    const res = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases/anonymise`,
        caseInput('Sag 1', {
          summary: 'Moderen Lone Ebbesen ønsker aflastning.',
          documents: [
            {
              title: 'Notat',
              text: 'Borgeren Mette Kristensen (cpr 120384-2218) bor på Skovbrynet 14, 8000 Aarhus C. Moderen Lone Ebbesen ringede fra 28 41 63 90. Mette Kristensen er født 12.03.1984 og skriver fra mette＠gmail.com.',
            },
          ],
        }),
      )
      .expect(200);
    expect(res.body.case.summary).toBe('Moderen [Navn 1] ønsker aflastning.');
    expect(res.body.case.documents[0].text).toBe(
      'Borgeren [Navn 2] (cpr [CPR-nr.]) bor på [Adresse]. Moderen [Navn 1] ringede fra [Telefon]. [Navn 2] er født [Fødselsdato] og skriver fra [E-mail].',
    );
    expect(res.body.findingsTotal).toBe(9);
    expect(res.body.truncated).toBe(false);
    const json = JSON.stringify(res.body);
    for (const secret of ['Kristensen', 'Ebbesen', '2218', 'Skovbrynet', '63 90', 'gmail'])
      expect(json).not.toContain(secret);
    expect(counts()).toEqual(before);
  });

  it('honours allowTerms for probable names but never for a certain kind', async () => {
    const round = await createRound(t);
    const documents = [{ title: 'Notat', text: 'Drøftet med kontaktperson Solsikke Ravnsborg; tlf. 22 33 44 55.' }];
    const without = await t.admin
      .post(`/api/v1/rounds/${round.id}/cases/anonymise`, caseInput('Sag 1', { documents }))
      .expect(200);
    expect(without.body.findings.map((f: { kind: string }) => f.kind)).toEqual(['person_name', 'phone']);
    const allowed = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases/anonymise`,
        caseInput('Sag 1', { documents, allowTerms: ['Solsikke Ravnsborg', '22 33 44 55'] }),
      )
      .expect(200);
    expect(allowed.body.findings.map((f: { kind: string }) => f.kind)).toEqual(['phone']);
  });
});

describe('adding a case: probable names, allowTerms, bounds and order of checks', () => {
  it('refuses a probable name until the leader allows the exact term', async () => {
    const round = await createRound(t);
    const documents = [
      { title: 'Notat', text: 'Udredning ved Psykiatrisk Center Tørring; moderen Ravn Solbakke deltog.' },
    ];
    const refused = await t.admin
      .post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1', { documents }))
      .expect(422);
    expect(refused.body.findings).toEqual([
      expect.objectContaining({ kind: 'person_name', certainty: 'probable', document: 0, field: 'text' }),
    ]);
    expect(refused.body.findings[0].excerpt).toContain('moderen [Navn 1] deltog');
    await t.admin
      .post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1', { documents, allowTerms: ['Ravn Solbakke'] }))
      .expect(201);
  });

  it('answers the largest allowed case with 100,000 matches with a small 422: the first findings, the total and truncated', async () => {
    const round = await createRound(t);
    // The case limit: 200,000 characters, 100,000 matches.
    const documents = [{ title: 'Bilag 1', text: 'a '.repeat(100_000) }];
    const res = await t.admin
      .post(`/api/v1/rounds/${round.id}/cases`, caseInput('Sag 1', { documents, knownIdentifiers: ['a'] }))
      .expect(422);
    expect(res.body.findings).toHaveLength(MAX_FINDINGS);
    expect(res.body).toMatchObject({ findingsTotal: 100_000, truncated: true });
    expect(res.text.length).toBeLessThan(30_000);
  });

  it("answers a panelist's largest allowed case to a missing round with 404 and to its own round with 403, unscanned", async () => {
    const round = await createRound(t);
    const panelist = await addMember(t, round.id, 'panelist');
    const big = caseInput('Sag 1', {
      documents: [{ title: 'x', text: 'cpr 120384-2218 '.repeat(12_500) }], // 200,000 characters
    });
    const missing = await t
      .as(panelist.token)
      .post('/api/v1/rounds/00000000-0000-4000-8000-000000000000/cases', big)
      .expect(404);
    expect(missing.body.findings).toBeUndefined();
    const own = await t.as(panelist.token).post(`/api/v1/rounds/${round.id}/cases`, big).expect(403);
    expect(own.body.findings).toBeUndefined();
  });
});

describe('import of DOCX and PDF', () => {
  it('turns a DOCX into text, scans it and stores the text', async () => {
    const round = await createRound(t);
    const data = await docx(['Handleplan', 'Borgeren ønsker hjælp til økonomi efter § 85.']);
    const res = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases`,
        caseInput('Sag 1', {
          documents: [{ title: 'Handleplan', file: { name: 'plan.docx', contentType: DOCX_TYPE, data } }],
        }),
      )
      .expect(201);
    expect(res.body.documents[0].text).toContain('Borgeren ønsker hjælp til økonomi efter § 85.');
  });

  it('refuses a PDF holding a CPR number, with its findings, and stores nothing of it', async () => {
    const round = await createRound(t);
    const before = counts();
    const data = await pdf('Statusnotat. Borgerens cpr er 120384-2218 ifølge journalen.');
    const res = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases`,
        caseInput('Sag 1', {
          documents: [{ title: 'Status', file: { name: 's.pdf', contentType: 'application/pdf', data } }],
        }),
      )
      .expect(422);
    expect(res.body.findings.map((f: { kind: string }) => f.kind)).toEqual(['cpr']);
    expect(res.text).not.toContain('2218');
    expect(counts()).toEqual(before);
  });

  it('counts extracted text toward the case limit: a DOCX that takes the texts over it is 422 limit-exceeded', async () => {
    const round = await createRound(t);
    const before = counts();
    const typed = 'Borgeren ønsker hjælp. '.repeat(5000); // 115,000 characters
    const data = await docx(Array.from({ length: 1000 }, () => 'Indsatsen følges op hver måned. '.repeat(3))); // ~96,000
    const res = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases`,
        caseInput('Sag 1', {
          documents: [
            { title: 'Notat', text: typed },
            { title: 'Plan', file: { name: 'plan.docx', contentType: DOCX_TYPE, data } },
          ],
        }),
      )
      .expect(422);
    expect(res.body.type).toBe('urn:auditpanel:problem:limit-exceeded');
    expect(res.body.detail).toContain('200000');
    expect(counts()).toEqual(before);
  });

  it('refuses a file that is not what it says with 422 unreadable-document, and bad base64 with 400', async () => {
    const round = await createRound(t);
    const fake = Buffer.from('%PDF- not really').toString('base64');
    const res = await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases`,
        caseInput('Sag 1', {
          documents: [{ title: 'x', file: { name: 'x.docx', contentType: DOCX_TYPE, data: fake } }],
        }),
      )
      .expect(422);
    expect(res.body.type).toBe('urn:auditpanel:problem:unreadable-document');
    await t.admin
      .post(
        `/api/v1/rounds/${round.id}/cases`,
        caseInput('Sag 1', {
          documents: [{ title: 'x', file: { name: 'x.pdf', contentType: 'application/pdf', data: '%%%' } }],
        }),
      )
      .expect(400);
  });
});

describe('every free text is guarded for the certain kinds', () => {
  it('refuses a justification with a CPR number, and a round foreword with a phone number', async () => {
    const { round, cases, panelists, items } = await buildRound(t, { panelists: 2, cases: 1 });
    const url = `/api/v1/rounds/${round.id}/cases/${cases[0]!.id}/ratings/${items[0]!.id}`;
    const res = await t
      .as(panelists[0]!.token)
      .put(url, { value: 'some', justification: 'Se borgerens cpr 120384-2218.' })
      .expect(422);
    expect(res.body).toMatchObject({ type: 'urn:auditpanel:problem:personal-data-in-text', findingsTotal: 1 });
    expect(res.body.findings[0]).toMatchObject({
      field: 'justification',
      kind: 'cpr',
      excerpt: 'Se borgerens cpr [CPR-nr.].',
    });
    await t.as(panelists[0]!.token).put(url, { value: 'some', justification: 'Mette Hansen har en plan.' }).expect(200);
    const patched = await t.admin
      .patch(`/api/v1/rounds/${round.id}`, { foreword: 'Spørgsmål: ring 22 33 44 55.' })
      .expect(422);
    expect(patched.body.findings[0]).toMatchObject({ field: 'foreword', kind: 'phone' });
  });

  it('refuses a focus point discussion with an e-mail address', async () => {
    const built = await buildRound(t, { phase: 'discussion', rated: false });
    const res = await t
      .as(built.leader.token)
      .post(`/api/v1/rounds/${built.round.id}/focus-points`, {
        title: 'Inddragelse',
        discussion: 'Aftalt med far (far@example.dk).',
      })
      .expect(422);
    expect(res.body.findings[0]).toMatchObject({ field: 'discussion', kind: 'email' });
    await addFocusPoint(t, built.leader.token, built.round.id, { title: 'Inddragelse', discussion: 'Aftalt med far.' });
  });
});
