import { formatDanishDate, joinDanish, numberWord, toParagraphs } from './pdf-format.js';
import { chapterNumbers } from './pdf-comparison.js';
import { COLOR, FONT, SIZE, type ReportLayout } from './pdf-layout.js';
import { drawTable, measureTableStart, type TableOptions } from './pdf-table.js';
import type { ReportModel } from './model.js';

/** Forord: the round's own foreword, else a neutral one; signed with organisation and date. */
export function drawForeword(layout: ReportLayout, model: ReportModel): void {
  const { round } = model;
  layout.chapter('Forord');
  const text =
    round.foreword ??
    `Denne rapport samler resultaterne af auditforløbet »${round.title}«, som er gennemført i ${round.organisation}. ` +
      'Rapporten beskriver, hvordan forløbet er tilrettelagt, hvordan auditpanelet har vurderet sagsmaterialet, ' +
      'og hvilke fokuspunkter og anbefalinger panelets drøftelser har ført frem til.\n\n' +
      'Anbefalingerne er tænkt som grundlag for det videre arbejde med at udvikle den faglige praksis. ' +
      'Det er op til ledelsen at tage stilling til, hvilke konkrete tiltag der skal iværksættes, og hvordan ' +
      'effekten af dem skal følges.';
  layout.paragraphs(toParagraphs(text));
  layout.space(8);
  layout.paragraph(round.organisation, { font: FONT.bold, gapAfter: 1 });
  layout.paragraph(formatDanishDate(model.generatedAt), { color: COLOR.muted });
}

/** [1] Baggrund for projektet: background and purpose of the round. */
export function drawBackground(layout: ReportLayout, model: ReportModel): void {
  const { round } = model;
  layout.chapter('[1] Baggrund for projektet');
  const background =
    round.background ??
    'Auditforløbet er sat i gang for at skabe en systematisk faglig drøftelse af praksis på området med ' +
      'udgangspunkt i konkrete sager. Ved at se på flere sager med samme faste spørgsmål bliver det tydeligt, ' +
      'hvad der allerede fungerer godt, og hvor der er behov for at udvikle arbejdet.';
  layout.paragraphs(toParagraphs(background));
  layout.subheading('Formål med auditforløbet');
  layout.paragraphs(toParagraphs(round.purpose));
}

/** [2] Design af auditforløb: method, phases, case material, panel, scope, data security. */
export function drawDesign(layout: ReportLayout, model: ReportModel): void {
  layout.chapter('[2] Design af auditforløb');
  drawMethod(layout, model);
  drawCaseMaterial(layout, model);
  drawPanel(layout, model);

  layout.section('Afgrænsning');
  const scope =
    model.round.scope ??
    `Auditforløbet er afgrænset til de spørgsmål, der indgår i vurderingsskemaet (se kapitel ${chapterNumbers(model).form}), og til det ` +
      'udvalgte sagsmateriale. Formålet er at udvikle praksis på tværs af sagerne; der er ikke tale om en ' +
      'vurdering af den enkelte medarbejders sagsbehandling.';
  layout.paragraphs(toParagraphs(scope));

  layout.section('Datasikkerhed');
  layout.paragraph(
    'Auditforløbet er gennemført som et internt forløb med henblik på kvalitetsudvikling. Der er derfor ikke ' +
      'indhentet samtykke fra de borgere, hvis sager indgår i forløbet.',
  );
  layout.paragraph(
    `${model.round.organisation} er dataansvarlig og har haft ansvaret for, at sagsmaterialet blev anonymiseret, ` +
      `før det blev udleveret til auditpanelet. ${model.cases.length === 1 ? 'Sagen omtales' : 'Sagerne omtales'} i rapporten alene med et sagsnummer og ` +
      'hovedområde, paneldeltagernes vurderinger gengives kun samlet, og svarene på udviklingsspørgsmålet ' +
      'gengives uden navne.',
  );
}

function drawMethod(layout: ReportLayout, model: ReportModel): void {
  layout.section('Auditmetoden');
  layout.paragraph(
    'Audit er en metode til systematisk faglig refleksion, hvor en gruppe fagpersoner gennemgår en afgrænset ' +
      'del af praksis på grundlag af skriftligt sagsmateriale. Alle sager vurderes ud fra det samme ' +
      'vurderingsskema med faste spørgsmål og en fælles svarskala, så vurderingerne kan sammenlignes på tværs ' +
      'af sager og paneldeltagere.',
  );
  layout.paragraph(
    'Paneldeltagerne vurderer først sagerne hver for sig og uden kendskab til hinandens vurderinger. ' +
      'Vurderingerne samles derefter, og på auditmødet drøfter panelet særligt de spørgsmål, hvor vurderingerne ' +
      'spreder sig, eller hvor de peger på et udviklingspotentiale. Drøftelserne samles i fokuspunkter med ' +
      'konkrete anbefalinger.',
  );
  const phases = model.phases.map((phase, index) => ({
    label: `${index + 1}.`,
    text: phase.reachedAt ? `${phase.label} (${formatDanishDate(phase.reachedAt)})` : phase.label,
  }));
  layout.paragraph('Auditforløbet har bestået af følgende faser:', {
    gapAfter: 4,
    keepWith: layout.measureList(phases),
  });
  layout.list(phases);
}

function drawCaseMaterial(layout: ReportLayout, model: ReportModel): void {
  const { cases } = model;
  const areas = [...new Set(cases.map((c) => c.area))];
  const one = cases.length === 1;
  // Singular and plural: one case, one area, or several.
  const areaText =
    areas.length === 1
      ? `${one ? 'Sagen hører under' : 'Sagerne hører alle under'} hovedområdet ${areas[0] ?? ''}.`
      : `Sagerne fordeler sig på hovedområderne ${joinDanish(areas)}.`;
  const criteria = [
    { label: '1.', text: areaText },
    {
      label: '2.',
      text: `${one ? 'Sagen rummer' : 'Sagerne rummer'} et udviklingspotentiale: der er konkrete og realistiske muligheder for at forbedre borgerens situation.`,
    },
    {
      label: '3.',
      text: `${one ? 'Sagen har' : 'Sagerne har'} en vis kompleksitet i borgerens behov for støtte og behandling og i det socialfaglige indhold.`,
    },
    {
      label: '4.',
      text: one
        ? 'Sagen er forholdsvis ny, så den afspejler den nuværende praksis.'
        : 'Sagerne er forholdsvis nye, så de afspejler den nuværende praksis.',
    },
  ];
  const caseTable: TableOptions = {
    columns: [
      { header: 'Sag', width: 58 },
      { header: 'Hovedområde', width: 108 },
      { header: 'Beskrivelse og udvælgelse' },
    ],
    rows: cases.map((c) => ({ cells: [c.code, c.area, caseDescription(c)] })),
    boldFirstColumn: true,
    zebra: true,
  };
  layout.section('Sagsmateriale', 34 + layout.measureList(criteria));
  layout.paragraph(
    `Sagsmaterialet har bestået af ${numberWord(cases.length)} ${one ? 'sag' : 'sager'} med ` +
      `tilhørende baggrundsmateriale. ${one ? 'Sagen' : 'Sagerne'} er udvalgt ud fra følgende kriterier:`,
    { gapAfter: 4, keepWith: layout.measureList(criteria) },
  );
  layout.list(criteria);
  if (cases.length === 0) return;
  layout.paragraph(
    one
      ? 'Tabellen viser sagen, dens hovedområde og begrundelsen for, at den er udvalgt.'
      : 'Tabellen viser de enkelte sager, deres hovedområde og begrundelsen for, at de er udvalgt.',
    {
      size: SIZE.small,
      color: COLOR.muted,
      gapAfter: 5,
      keepWith: measureTableStart(layout, caseTable),
    },
  );
  drawTable(layout, caseTable);
}

function caseDescription(c: ReportModel['cases'][number]): string {
  const parts = [
    c.summary,
    c.selection.developmentPotential && `Udviklingspotentiale: ${c.selection.developmentPotential}`,
    c.selection.complexity && `Kompleksitet: ${c.selection.complexity}`,
    c.selection.recent && `Aktualitet: ${c.selection.recent}`,
  ].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join('\n') : '–';
}

function drawPanel(layout: ReportLayout, model: ReportModel): void {
  const members = model.panel.map((m) => ({
    label: '•',
    text: `${m.name}, ${m.affiliation}${m.role === 'panelist' ? '' : ` (${m.roleLabel})`}`,
  }));
  // The heading stays with the lead-in, which stays with (the start of) the list.
  layout.section('Auditpanel', 34 + layout.measureList(members, { gutter: 14 }));
  const people = model.panel.length === 1 ? 'person' : `${numberWord(model.panel.length)} personer`;
  layout.paragraph(`${model.round.organisation} har udpeget auditpanelet, som bestod af følgende ${people}:`, {
    gapAfter: 4,
    keepWith: layout.measureList(members, { gutter: 14 }),
  });
  layout.list(members, { gutter: 14 });
}
