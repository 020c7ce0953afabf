/**
 * How large a round may grow. Each limit is enforced with a 4xx and stated in OpenAPI; together
 * they keep the largest allowed round's results, discussion view and PDF within the memory the
 * service runs with (a 128 MB heap, `npm start`), as `npm run bench` measures. The product
 * cases × items × panelists bounds the ratings a round can hold, and so the discussion view,
 * which carries every justification.
 */
export const LIMITS = {
  themesPerForm: 10,
  itemsPerForm: 30,
  casesPerRound: 40,
  documentsPerCase: 20,
  /** Characters of all of one case's documents together. */
  documentCharsPerCase: 200_000,
  membersPerRound: 30,
  /** cases × items × panelists: every rating the round can hold. */
  ratingsPerRound: 3_000,
  justificationChars: 2_000,
  focusPointsPerRound: 20,
  focusPointDiscussionChars: 10_000,
  recommendationsPerRound: 60,
  recommendationChars: 2_000,
  /** The udviklingsplan: indsatsområder per plan and steps per indsatsområde. */
  initiativesPerPlan: 100,
  stepsPerInitiative: 200,
} as const;

export interface RoundSize {
  cases: number;
  items: number;
  panelists: number;
}

/** Why a round of this size is refused (Danish, shown to the user), or null when it is within the limits. */
export function roundSizeExceeded(size: RoundSize): string | null {
  if (size.cases > LIMITS.casesPerRound) return `Et auditforløb kan højst have ${LIMITS.casesPerRound} sager.`;
  if (size.items > LIMITS.itemsPerForm) return `Et vurderingsskema kan højst have ${LIMITS.itemsPerForm} punkter.`;
  const ratings = size.cases * size.items * size.panelists;
  if (ratings > LIMITS.ratingsPerRound) {
    return `Sager × punkter × paneldeltagere ville blive ${ratings}; et auditforløb kan højst rumme ${LIMITS.ratingsPerRound} vurderinger.`;
  }
  return null;
}
