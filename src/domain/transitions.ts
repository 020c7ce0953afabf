import { nextPhase, type Phase } from './phases.js';

export interface RoundFacts {
  phase: Phase;
  panelists: number;
  cases: number;
  formItems: number;
  /** Panelists with ratings still missing, and how many. */
  missingRatings: { memberId: string; memberName: string; missing: number }[];
  focusPointsWithRecommendations: number;
}

export interface Unmet {
  code: string;
  message: string;
  memberId?: string;
  missing?: number;
}

/** What stands between a round and the phase it asks for (the preconditions of docs/contract.md). */
export function unmetPreconditions(facts: RoundFacts, to: Phase, force: boolean): Unmet[] {
  const next = nextPhase(facts.phase);
  if (to !== next) {
    return [
      {
        code: 'not_next_phase',
        message: next
          ? `A round in ${facts.phase} can only move to ${next}.`
          : 'The round is reported and cannot move on.',
      },
    ];
  }
  const unmet: Unmet[] = [];
  const need = (ok: boolean, code: string, message: string) => {
    if (!ok) unmet.push({ code, message });
  };
  if (to === 'calibration' || to === 'rating') {
    need(facts.panelists >= 2, 'panelists', `At least 2 panelists are needed (have ${facts.panelists}).`);
  }
  if (to === 'rating') {
    need(facts.cases >= 1, 'cases', 'At least 1 case is needed.');
    need(facts.formItems >= 1, 'form_items', 'The form needs at least 1 item.');
  }
  if (to === 'discussion' && !force) {
    for (const { memberId, memberName, missing } of facts.missingRatings) {
      unmet.push({
        code: 'ratings_missing',
        memberId,
        missing,
        message: `${memberName} has ${missing} rating${missing === 1 ? '' : 's'} missing.`,
      });
    }
  }
  // Checked again on publishing: recommendations can be deleted during follow_up.
  if (to === 'follow_up' || to === 'reported') {
    need(
      facts.focusPointsWithRecommendations >= 1,
      'focus_points',
      'At least 1 focus point with at least 1 recommendation is needed.',
    );
  }
  return unmet;
}
