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
          ? `Et auditforløb i fasen ${facts.phase} kan kun gå videre til ${next}.`
          : 'Auditforløbet er afrapporteret og kan ikke gå videre.',
      },
    ];
  }
  const unmet: Unmet[] = [];
  const need = (ok: boolean, code: string, message: string) => {
    if (!ok) unmet.push({ code, message });
  };
  if (to === 'calibration' || to === 'rating') {
    need(facts.panelists >= 2, 'panelists', `Der skal være mindst 2 paneldeltagere (der er ${facts.panelists}).`);
  }
  if (to === 'rating') {
    need(facts.cases >= 1, 'cases', 'Der skal være mindst 1 sag.');
    need(facts.formItems >= 1, 'form_items', 'Vurderingsskemaet skal have mindst 1 spørgsmål.');
  }
  if (to === 'discussion' && !force) {
    for (const { memberId, memberName, missing } of facts.missingRatings) {
      unmet.push({
        code: 'ratings_missing',
        memberId,
        missing,
        message: `${memberName} mangler ${missing === 1 ? 'én vurdering' : `${missing} vurderinger`}.`,
      });
    }
  }
  // Checked again on publishing: recommendations can be deleted during follow_up.
  if (to === 'follow_up' || to === 'reported') {
    need(
      facts.focusPointsWithRecommendations >= 1,
      'focus_points',
      'Der skal være mindst 1 fokuspunkt med mindst 1 anbefaling.',
    );
  }
  return unmet;
}
