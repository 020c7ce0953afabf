import { describe, expect, it } from 'vitest';
import { scanTexts, type FindingKind } from '../../src/domain/anonymisation.js';

interface Located {
  document: number | null;
  field: string;
  kind: FindingKind;
  start: number;
  end: number;
}

/** The certain kinds in documents' titles and texts, as document/field/kind/offsets. */
function scanDocuments(documents: { title: string; text: string }[], knownIdentifiers?: readonly string[]): Located[] {
  const targets = documents.flatMap((d, document) => [
    { document, field: 'title', value: d.title },
    { document, field: 'text', value: d.text },
  ]);
  return scanTexts(targets, { knownIdentifiers, certainOnly: true }).findings.map(
    ({ document, field, kind, start, end }) => ({ document, field, kind, start, end }),
  );
}

/**
 * Cases are written with the expected match wrapped in ⟦ ⟧. The markers are
 * stripped before scanning and their positions give the exact expected offsets.
 */
function parseMarked(marked: string): { text: string; ranges: { start: number; end: number }[] } {
  let text = '';
  const ranges: { start: number; end: number }[] = [];
  let open: number | null = null;
  for (const ch of marked) {
    if (ch === '⟦') {
      open = text.length;
    } else if (ch === '⟧') {
      if (open === null) throw new Error(`unbalanced marker in ${marked}`);
      ranges.push({ start: open, end: text.length });
      open = null;
    } else {
      text += ch;
    }
  }
  if (open !== null) throw new Error(`unbalanced marker in ${marked}`);
  return { text, ranges };
}

function scanText(text: string, known?: readonly string[]): Located[] {
  return scanDocuments([{ title: '', text }], known);
}

const positives: { kind: FindingKind; marked: string }[] = [
  // CPR
  { kind: 'cpr', marked: 'Borgerens CPR-nr. er ⟦150218-1234⟧ ifølge journalen.' },
  { kind: 'cpr', marked: 'CPR: ⟦0101901234⟧' },
  { kind: 'cpr', marked: 'Barnet (cpr ⟦311299 4321⟧) er anbragt i plejefamilie.' },
  { kind: 'cpr', marked: '⟦290204-0000⟧ er registreret som forælder.' },
  { kind: 'cpr', marked: 'Sagen vedrører ⟦010203-4567⟧, jf. § 50-undersøgelsen.' },
  { kind: 'cpr', marked: 'Personnummer ⟦241165‑1111⟧ (bindestreg uden linjeskift).' },
  { kind: 'cpr', marked: 'Moderens cpr.nr.:⟦300479-2222⟧.' },
  { kind: 'cpr', marked: 'Se bilag (⟦121212-1212⟧).' },
  { kind: 'cpr', marked: 'cpr⟦0812881234⟧' },
  // e-mail
  { kind: 'email', marked: 'Kontakt sagsbehandler på ⟦jens.hansen@aarhus.dk⟧ for yderligere oplysninger.' },
  { kind: 'email', marked: 'Mail fra borgeren (⟦mette_k+sag@gmail.com⟧) er vedlagt.' },
  { kind: 'email', marked: 'Skriv til ⟦søren.ørsted@kommune.dk⟧.' },
  { kind: 'email', marked: 'Afsender: ⟦ANNE-MARIE@Example.CO.UK⟧' },
  { kind: 'email', marked: 'Partsrepræsentant: <⟦advokat@advokatfirma-nord.dk⟧>' },
  { kind: 'email', marked: 'Kopi sendt til ⟦p.l@ærø.dk⟧, ⟦info@ærø.dk⟧' },
  // phone
  { kind: 'phone', marked: 'Borgeren kan træffes på ⟦20123456⟧ i dagtimerne.' },
  { kind: 'phone', marked: 'Tlf. ⟦2012 3456⟧' },
  { kind: 'phone', marked: 'Ring til moderen på ⟦40 50 60 70⟧ efter kl. 16.' },
  { kind: 'phone', marked: 'Mobil: ⟦+4531234567⟧' },
  { kind: 'phone', marked: 'Mobil: ⟦+45 31234567⟧' },
  { kind: 'phone', marked: 'Værge: ⟦0045 87654321⟧' },
  { kind: 'phone', marked: 'Faderen: ⟦(+45) 22 33 44 55⟧.' },
  { kind: 'phone', marked: 'Plejefamilien har tlf. ⟦+45 9988 7766⟧, som er hemmeligt.' },
  { kind: 'phone', marked: 'Tlf.: ⟦71 72 73 74⟧ (privat), ⟦60708090⟧ (arbejde)' },
  { kind: 'phone', marked: 'Anmelder oplyste nummeret ⟦33 12 34 56⟧.' },
  { kind: 'phone', marked: 'tlf:⟦50505050⟧' },
  { kind: 'phone', marked: 'Nummer med hård mellemrum: ⟦2012\u00A03456⟧.' },
  { kind: 'phone', marked: 'Kontaktperson: ⟦2030 40 50⟧.' },
  { kind: 'phone', marked: 'Skolen: ⟦86-12-34-56⟧ (kontoret).' },
  { kind: 'phone', marked: 'Tlf. ⟦+45 20.30.40.50⟧' },
  // known identifiers
  { kind: 'known_identifier', marked: 'Samtale med ⟦Jens Hansen⟧ den 15.02.2018.' },
  { kind: 'known_identifier', marked: 'Borgeren bor på ⟦ÆRØ⟧ sammen med sin søster.' },
  { kind: 'known_identifier', marked: '⟦jens hansen⟧s mor deltog i mødet.' },
  { kind: 'known_identifier', marked: 'Sagen om ⟦Vestergade 12⟧ er lukket.' },
  { kind: 'known_identifier', marked: 'Mødet blev holdt hos ⟦Jens\nHansen⟧.' },
  { kind: 'known_identifier', marked: '⟦Åse Østergård⟧ er kontaktperson.' },
];

const KNOWN = ['Jens Hansen', 'ærø', 'Vestergade 12', 'åse østergård'];

const negatives: string[] = [
  // dates
  'Afgørelsen blev truffet den 1.4.2018 og meddelt borgeren.',
  'Børnefaglig undersøgelse afsluttet 15.02.2018.',
  'Handleplanen er dateret 15-02-2018.',
  'Opfølgning registreret 2018-02-15 i fagsystemet.',
  'Perioden 01.01.2017-31.12.2017 er gennemgået.',
  // section numbers
  'Der er truffet afgørelse efter § 141.',
  'Kommunen skal efter §§ 140 og 141 udarbejde en handleplan.',
  'Hjælpen bevilges efter servicelovens § 85.',
  'Jf. § 50, stk. 1, og § 52, stk. 3, nr. 7.',
  // journal numbers
  'Journalnummer 2012-0045 er anført på forsiden.',
  'Sagen har KLE-nummer 27.12.04-A00-1-18.',
  'J.nr. 2018-12345.',
  // amounts
  'Der er bevilget 1.250.000 kr. til anbringelsen.',
  'Beløbet udgør kr. 12.500,00 om måneden.',
  'Egenbetalingen er 3.450 kr. pr. måned.',
  'Samlet udgift 25000000 kr. over fire år.',
  'Budgettet er DKK 35000000 for hele perioden.',
  'Tilskuddet er på 12.345.678,50 kr.',
  // hours and times
  'Borgeren modtager 37 timer ugentligt.',
  'Mødet begyndte kl. 14.30 og sluttede kl. 16.00.',
  'Aftenvagten er kl. 20.30-22.30 på hverdage.',
  'Skoleåret 2019-2020 og 2020-2021 er gennemgået.',
  'Datoerne 24.11.2026 og 24-11-2026 er de samme.',
  'Versionen hedder 20.30.40 og er ældre.',
  'Dagtilbuddet har åbent 8-16 på hverdage.',
  'Bostøtte 2 x 45 minutter om ugen.',
  // percentages and years
  'Kun 45 % af sagerne levede op til kravet.',
  'Andelen steg fra 12,5% i 2017 til 87,5 % i 2019.',
  'Tallene for årene 2017 2018 2019 2020 fremgår af tabellen.',
  'I 2015 blev sagen genoptaget.',
  // prose with numbers
  'Sag 3 mangler en opdateret handleplan.',
  'I 5 af de 6 sager var barnet hørt.',
  'Borgeren er 34 år og bor alene.',
  'Der er gennemført 12 samtaler og 3 hjemmebesøg.',
  'Barnet har været anbragt i 2 år og 7 måneder.',
  // longer digit runs / not plausible
  'Kontonummer 1234 5678 9012 3456 er slettet.',
  'Reference 123456789012 i økonomisystemet.',
  'Løbenummer 12 34 56 78 90 på fakturaen.',
  'Sagsnummer 3299991234 er ikke et cpr-nummer (måned 99).',
  'Internt nr. 320218-1234 (dag 32).',
  'Ekstern reference 22345678-9 i e-Boks.',
  'Tallet 1.23456789 er en decimalbrøk.',
  // e-mail lookalikes
  'Brug @-tegnet ikke i journalen; twitter @kommunen er ikke personlig.',
  'Filen hedder rapport@v2 og ligger på drevet.',
];

describe('scanDocuments – positive examples', () => {
  it('has at least 30 positive cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(positives)('finds $kind in "$marked"', ({ kind, marked }) => {
    const { text, ranges } = parseMarked(marked);
    const findings = scanText(text, kind === 'known_identifier' ? KNOWN : undefined);
    expect(findings).toEqual(ranges.map(({ start, end }) => ({ document: 0, field: 'text', kind, start, end })));
  });
});

describe('scanDocuments – negative examples', () => {
  it('has at least 30 negative cases', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(negatives)('finds nothing in "%s"', (text) => {
    expect(scanText(text)).toEqual([]);
    expect(scanDocuments([{ title: text, text }])).toEqual([]);
  });
});

describe('scanDocuments – structure', () => {
  it('reports document index and field, sorted by document, field (title first) and start', () => {
    const findings = scanDocuments([
      { title: 'Notat', text: 'Ingen personoplysninger her, kun § 141 og 1.250.000 kr.' },
      { title: 'Samtale 20123456', text: 'Mail: a@b.dk og cpr 150218-1234' },
      { title: '', text: '' },
      { title: 'x@y.dk', text: 'Tlf. 40 50 60 70' },
    ]);
    expect(findings).toEqual([
      { document: 1, field: 'title', kind: 'phone', start: 8, end: 16 },
      { document: 1, field: 'text', kind: 'email', start: 6, end: 12 },
      { document: 1, field: 'text', kind: 'cpr', start: 20, end: 31 },
      { document: 3, field: 'title', kind: 'email', start: 0, end: 6 },
      { document: 3, field: 'text', kind: 'phone', start: 5, end: 16 },
    ]);
  });

  it('returns an empty list for no documents', () => {
    expect(scanDocuments([])).toEqual([]);
    expect(scanDocuments([], ['Jens'])).toEqual([]);
  });

  it('does not report the same kind/range twice', () => {
    const findings = scanText('Jens Hansen mødte op.', ['Jens Hansen', 'jens hansen', ' JENS   HANSEN ']);
    expect(findings).toEqual([{ document: 0, field: 'text', kind: 'known_identifier', start: 0, end: 11 }]);
  });

  it('keeps the longer of two overlapping certain findings, so the placeholder hides all of it', () => {
    const text = 'Skriv til jens@hansen.dk';
    const findings = scanText(text, ['hansen']);
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([['email', 'jens@hansen.dk']]);
  });
});

describe('scanDocuments – known identifiers', () => {
  it('matches case-insensitively, including Danish letters', () => {
    const text = 'Familien flyttede fra Ærø til ÆRØ og senere til ærø; Østergård, ØSTERGÅRD og østergård.';
    const findings = scanText(text, ['æRø', 'ØSTERgård']);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([
      'Ærø',
      'ÆRØ',
      'ærø',
      'Østergård',
      'ØSTERGÅRD',
      'østergård',
    ]);
    expect(findings.every((f) => f.kind === 'known_identifier')).toBe(true);
  });

  it('matches Å written decomposed (A + combining ring) in the text', () => {
    const text = 'Kontaktperson: A\u030Ase Hansen.';
    const findings = scanText(text, ['åse']);
    expect(findings).toEqual([{ document: 0, field: 'text', kind: 'known_identifier', start: 15, end: 19 }]);
  });

  it('ignores blank identifiers and trims the rest', () => {
    expect(scanText('Der står intet her.', ['', '   ', '\n\t'])).toEqual([]);
    const text = 'Mødet med Karen Ørum.';
    const findings = scanText(text, ['  Karen Ørum  ']);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Karen Ørum']);
  });

  it('matches whole words only, allowing a Danish genitive s', () => {
    expect(scanText('Ærøskøbing er en by.', ['Ærø'])).toEqual([]);
    expect(scanText('Bolette deltog.', ['Ole'])).toEqual([]);
    const text = 'Oles far og Ole selv; Hansens bil.';
    const findings = scanText(text, ['ole', 'hansen']);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Ole', 'Ole', 'Hansen']);
  });

  it('treats regex metacharacters in identifiers literally', () => {
    const text = 'Adresse: Vej 1 (st.), kælderen; Vej 1 xst.x';
    const findings = scanText(text, ['Vej 1 (st.)', 'a.b*']);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Vej 1 (st.)']);
  });

  it('does not match a numeric identifier inside a longer number', () => {
    expect(scanText('Sagsnr. 123456 og 1234567', ['23456'])).toEqual([]);
  });
});

describe('scanDocuments – UTF-16 offsets', () => {
  it('keeps offsets correct after emoji (surrogate pairs)', () => {
    const text = '👩‍👧 Mor og datter 😀🎉 – cpr 150218-1234, mail mor@post.dk, tlf. 20 30 40 50, Ærø';
    const findings = scanText(text, ['ærø']);
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['cpr', '150218-1234'],
      ['email', 'mor@post.dk'],
      ['phone', '20 30 40 50'],
      ['known_identifier', 'Ærø'],
    ]);
    expect(findings[0]?.start).toBe(text.indexOf('150218'));
  });

  it('keeps offsets correct after combining characters', () => {
    // 'Ærø\u0308' (trailing combining mark) is a different word and is not matched.
    const text = 'Ne\u0301e\u0301 cafe\u0301 Ærø\u0308 og ÆRØ: 20123456';
    const findings = scanText(text, ['Ærø']);
    expect(findings.map((f) => [f.kind, f.start, f.end, text.slice(f.start, f.end)])).toEqual([
      ['known_identifier', 20, 23, 'ÆRØ'],
      ['phone', 25, 33, '20123456'],
    ]);
  });

  it('does not shift offsets where lower-casing would change string length', () => {
    // 'İ'.toLowerCase() is two code units; a whole-string lower-case would shift offsets.
    const text = 'İİİ Jens Hansen İ';
    const findings = scanText(text, ['JENS HANSEN']);
    expect(findings).toEqual([{ document: 0, field: 'text', kind: 'known_identifier', start: 4, end: 15 }]);
    expect(text.slice(4, 15)).toBe('Jens Hansen');
  });
});

describe('scanDocuments – findings never leak the matched text', () => {
  it('has no matched value in any field, the excerpt included', () => {
    const secrets = ['150218-1234', 'hemmelig.person@example.dk', '+45 20 30 40 50', 'Ærø Jensen'];
    const text = `Borger ${secrets[0]} skrev fra ${secrets[1]}, tlf. ${secrets[2]}. Navn: ${secrets[3]}.`;
    const findings = scanTexts(
      [
        { document: 0, field: 'title', value: `Sag om ${secrets[3]}` },
        { document: 0, field: 'text', value: text },
      ],
      { knownIdentifiers: ['ærø jensen'] },
    ).findings;
    expect(findings.length).toBe(5);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual([
        'certainty',
        'confidence',
        'document',
        'end',
        'excerpt',
        'field',
        'kind',
        'start',
      ]);
    }
    const json = JSON.stringify(findings);
    for (const secret of secrets) {
      expect(json).not.toContain(secret);
      expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(json).not.toContain('1234');
    expect(json).not.toContain('hemmelig');
    expect(json).not.toContain('Jensen');
  });
});
