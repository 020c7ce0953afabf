/** What a recogniser can find. */
export type FindingKind = 'cpr' | 'email' | 'phone' | 'address' | 'birth_date' | 'known_identifier' | 'person_name';

/**
 * Certain kinds always refuse; a probable kind (a person name found from name lists,
 * capitalisation and role words) refuses unless the leader allowed the exact term.
 */
export const CERTAIN_KINDS: ReadonlySet<FindingKind> = new Set([
  'cpr',
  'email',
  'phone',
  'address',
  'birth_date',
  'known_identifier',
]);

/** A candidate in normalised offsets, before thresholds and overlaps are resolved. */
export interface Candidate {
  kind: FindingKind;
  start: number;
  end: number;
  /** 0–1; a candidate below MIN_CONFIDENCE is not personal data. */
  confidence: number;
  /** Person names: the same key means the same person (placeholders `[Navn 1]`, `[Navn 2]`). */
  person?: string;
}

export const MIN_CONFIDENCE = 0.5;

export const clamp = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
