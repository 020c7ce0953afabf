import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.js';
import { improvementAnswers, members, ratings } from '../db/schema.js';
import {
  groupImprovementAreas,
  meetingOrderCells,
  meetingOrderItems,
  orderJustifications,
  raterLabel,
} from '../domain/meeting-material.js';
import { scaleStep, type RatingValue } from '../domain/scale.js';
import type { Results } from '../domain/statistics.js';
import type { DiscussionCell, DiscussionItem, DiscussionJustification, DiscussionView } from '../contract/results.js';
import { parseAreas } from './improvement-answer-service.js';
import { aggregateShape, canonicalIn, readShape, type RoundShape } from './round-shape.js';
import { PANEL_ORDER } from './orderings.js';

/** The meeting material as the API answers it (its OpenAPI component keeps the name `Discussion`). */
export type MeetingJustification = DiscussionJustification;
export type MeetingMaterialCell = DiscussionCell;
export type MeetingMaterialItem = DiscussionItem;
export type MeetingMaterialView = DiscussionView;

type RatingRow = Pick<typeof ratings.$inferSelect, 'caseId' | 'itemId' | 'memberId' | 'value' | 'justification'>;

/** Every rating of the round with its justification (the discussion needs the texts). */
function readRatings(tx: DbOrTx, roundId: string): RatingRow[] {
  return tx
    .select({
      caseId: ratings.caseId,
      itemId: ratings.itemId,
      memberId: ratings.memberId,
      value: ratings.value,
      justification: ratings.justification,
    })
    .from(ratings)
    .where(eq(ratings.roundId, roundId))
    .all();
}

/**
 * The justifications of each cell under anonymous labels: "Paneldeltager N" by the order
 * panelists joined (stable, and carries no name), in the svarskala's order.
 */
function justificationsByCell(shape: RoundShape, rows: readonly RatingRow[]) {
  const position = new Map(shape.panelists.map((member, i) => [member.id, i + 1]));
  const byCell = new Map<string, (MeetingJustification & { position: number })[]>();
  for (const row of rows) {
    const value = row.value;
    const at = position.get(row.memberId) ?? shape.panelists.length + 1;
    const key = `${row.caseId}\u0000${row.itemId}`;
    const list = byCell.get(key) ?? [];
    list.push({
      rater: raterLabel(at),
      value,
      valueLabel: scaleStep(value).label,
      justification: row.justification,
      position: at,
    });
    byCell.set(key, list);
  }
  return (caseId: string, itemId: string): MeetingJustification[] =>
    orderJustifications(byCell.get(`${caseId}\u0000${itemId}`) ?? []).map(
      ({ rater, value, valueLabel, justification }) => ({
        rater,
        value,
        valueLabel,
        justification,
      }),
    );
}

/** Items with their texts and their cells, each in meeting order. */
function meetingMaterialItems(
  shape: RoundShape,
  computed: Results,
  justificationsOf: (caseId: string, itemId: string) => MeetingJustification[],
): MeetingMaterialItem[] {
  const caseCode = new Map(shape.cases.map((c) => [c.id, c.code]));
  const width = shape.items.length;
  const items = computed.items.map((item, i): MeetingMaterialItem => {
    const meta = shape.items[i];
    const cells = shape.cases.flatMap((_, c) => computed.cells[c * width + i] ?? []);
    return {
      ...item,
      text: meta?.text ?? '',
      themeKey: meta?.themeKey ?? '',
      themeTitle: meta?.themeTitle ?? '',
      cells: meetingOrderCells(cells).map(({ itemId, ...cell }) => ({
        ...cell,
        caseCode: caseCode.get(cell.caseId) ?? '',
        justifications: justificationsOf(cell.caseId, itemId),
      })),
    };
  });
  return meetingOrderItems(items);
}

/** Item 10's answers in panel order. */
function readImprovementAnswers(tx: DbOrTx, roundId: string) {
  return tx
    .select({ areas: improvementAnswers.areas })
    .from(improvementAnswers)
    .innerJoin(members, eq(members.id, improvementAnswers.memberId))
    .where(eq(improvementAnswers.roundId, roundId))
    .orderBy(...PANEL_ORDER)
    .all()
    .map((row) => parseAreas(row.areas));
}

/**
 * The auditmøde's material: items and cells in meeting order, each cell with the
 * justifications (anonymous rater labels, never names) and item 10 grouped by area.
 * No access check: the caller has done it, in the same transaction.
 */
export function readMeetingMaterial(tx: DbOrTx, roundId: string, developmentQuestion: string): MeetingMaterialView {
  const shape = readShape(tx, roundId);
  const rows = readRatings(tx, roundId);
  const same = canonicalIn(shape);
  const computed = aggregateShape(
    shape,
    rows.map((row) => ({
      caseId: same(row.caseId),
      itemId: same(row.itemId),
      raterId: same(row.memberId),
      value: same(row.value) as RatingValue,
    })),
  );
  const answers = readImprovementAnswers(tx, roundId);
  return {
    completeness: computed.completeness,
    items: meetingMaterialItems(shape, computed, justificationsByCell(shape, rows)),
    development: {
      question: developmentQuestion,
      respondents: answers.length,
      areas: groupImprovementAreas(answers),
    },
  };
}
