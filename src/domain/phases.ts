export const PHASES = ['scoping', 'panel', 'calibration', 'rating', 'discussion', 'follow_up', 'reported'] as const;
export type Phase = (typeof PHASES)[number];

/** Danish names of the phases, as the seed report describes the audit course. */
export const PHASE_LABELS: Record<Phase, string> = {
  scoping: 'Formøde med ledelsen: afgrænsning af problemstilling og formål',
  panel: 'Auditpanelet nedsættes',
  calibration: 'Formøde med auditpanelet: introduktion til metoden og vurderingskriterier',
  rating: 'Individuel vurdering af sagerne',
  discussion: 'Auditmøde',
  follow_up: 'Opfølgende møde: præcisering af anbefalinger',
  reported: 'Afrapportering udgivet',
};

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[phaseIndex(phase) + 1] ?? null;
}

export function isAtLeast(phase: Phase, reference: Phase): boolean {
  return phaseIndex(phase) >= phaseIndex(reference);
}
