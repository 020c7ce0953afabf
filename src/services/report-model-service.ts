import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { improvementAnswers, members, roundPhases, rounds } from '../db/schema.js';
import { groupImprovementAreas } from '../domain/meeting-material.js';
import { PHASES, PHASE_LABELS, type Phase } from '../domain/phases.js';
import { ROLE_LABELS, type Role } from '../domain/roles.js';
import { readCaseSummaries, type CaseSummary } from './case-service.js';
import { reportComparisonPart } from './comparison-service.js';
import { readFocusPoints } from './focus-store.js';
import { readForm, type FormView } from './form-service.js';
import { parseAreas } from './improvement-answer-service.js';
import { computeResults } from './results-service.js';
import type { ReportModel } from '../report/model.js';
import { PANEL_ORDER } from './orderings.js';

/**
 * Everything the afrapportering shows, read in one go (call it inside one transaction for a
 * consistent snapshot). A final model (`draft: false`) describes the report as published, so
 * a round still in follow_up is shown as reported at `generatedAt`.
 */
export function assembleReport(
  tx: DbOrTx,
  roundId: string,
  options: { draft: boolean; generatedAt: string },
): ReportModel {
  const round = tx.select().from(rounds).where(eq(rounds.id, roundId)).get();
  if (!round) throw new Error(`round ${roundId} does not exist`);
  const form = readForm(tx, roundId);
  const cases = readCaseSummaries(tx, roundId);
  const phases = phaseDates(tx, roundId);
  if (!options.draft && !phases.has('reported')) phases.set('reported', options.generatedAt);
  return {
    draft: options.draft,
    generatedAt: options.generatedAt,
    round: {
      id: round.id,
      title: round.title,
      organisation: round.organisation,
      purpose: round.purpose,
      scope: round.scope,
      background: round.background,
      foreword: round.foreword,
      phase: options.draft ? round.phase : 'reported',
    },
    phases: PHASES.map((phase) => ({ phase, label: PHASE_LABELS[phase], reachedAt: phases.get(phase) ?? null })),
    cases: cases.map(({ code, area, summary, selection }) => ({ code, area, summary, selection })),
    panel: readPanel(tx, roundId),
    form,
    results: readResults(tx, roundId, form, cases),
    focusPoints: readFocusPoints(tx, roundId).map((fp) => ({
      id: fp.id,
      position: fp.position,
      title: fp.title,
      discussion: fp.discussion,
      itemNumbers: fp.itemNumbers,
      recommendations: fp.recommendations.map(({ id, number, text }) => ({ id, number, text })),
    })),
    developmentAnswers: readImprovementAnswers(tx, roundId),
    ...reportComparisonPart(tx, roundId),
  };
}

/** When each phase was reached, as stored by the round service. */
function phaseDates(tx: DbOrTx, roundId: string): Map<Phase, string> {
  const rows = tx
    .select({ phase: roundPhases.phase, reachedAt: roundPhases.reachedAt })
    .from(roundPhases)
    .where(eq(roundPhases.roundId, roundId))
    .all();
  return new Map(rows.map((row) => [row.phase, row.reachedAt]));
}

/** The panel as the seed report lists it: paneldeltagere first, then referent and mødeleder. */
const REPORT_ROLE_ORDER: Record<Role, number> = { panelist: 0, referent: 1, leader: 2 };

function readPanel(tx: DbOrTx, roundId: string): ReportModel['panel'] {
  return tx
    .select()
    .from(members)
    .where(eq(members.roundId, roundId))
    .orderBy(...PANEL_ORDER)
    .all()
    .map((m) => ({ name: m.name, affiliation: m.affiliation, role: m.role }))
    .sort((a, b) => REPORT_ROLE_ORDER[a.role] - REPORT_ROLE_ORDER[b.role])
    .map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] }));
}

function readResults(tx: DbOrTx, roundId: string, form: FormView, cases: CaseSummary[]): ReportModel['results'] {
  const results = computeResults(tx, roundId);
  const formItems = form.themes.flatMap((theme) => theme.items.map((item) => ({ ...item, themeTitle: theme.title })));
  const byItem = new Map(results.items.map((item) => [item.itemId, item]));
  const median = new Map(results.cells.map((cell) => [`${cell.caseId}/${cell.itemId}`, cell.median]));
  return {
    completeness: results.completeness,
    items: formItems.flatMap((item) => {
      const result = byItem.get(item.id);
      return result ? [{ ...result, number: item.number, text: item.text, themeTitle: item.themeTitle }] : [];
    }),
    medianTable: {
      caseCodes: cases.map((c) => c.code),
      rows: formItems.map((item) => ({
        itemNumber: item.number,
        medians: cases.map((c) => median.get(`${c.id}/${item.id}`) ?? null),
      })),
    },
    overall: results.overall,
  };
}

/**
 * Item 10 grouped by area with the discussion view's rules, without names. Suggestions and
 * equally large areas are sorted alphabetically, so no order in the report follows the
 * order in which the (named) panel joined.
 */
function readImprovementAnswers(tx: DbOrTx, roundId: string): ReportModel['developmentAnswers'] {
  const answers = tx
    .select({ areas: improvementAnswers.areas })
    .from(improvementAnswers)
    .where(eq(improvementAnswers.roundId, roundId))
    .all()
    .map((row) => parseAreas(row.areas));
  const collator = new Intl.Collator('da');
  return groupImprovementAreas(answers)
    .map((group) => ({ area: group.area, suggestions: [...group.suggestions].sort(collator.compare) }))
    .sort((a, b) => b.suggestions.length - a.suggestions.length || collator.compare(a.area, b.area));
}
