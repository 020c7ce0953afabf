import type { Phase } from '../domain/phases.js';
import type { Role } from '../domain/roles.js';
import type { RatingValue } from '../domain/scale.js';

export type Counts = Record<RatingValue, number>;

/** Everything the afrapportering shows, assembled from the database; the PDF renders only this. */
export interface ReportModel {
  draft: boolean;
  generatedAt: string;
  round: {
    id: string;
    title: string;
    organisation: string;
    purpose: string;
    scope: string | null;
    background: string | null;
    foreword: string | null;
    phase: Phase;
  };
  /** Every phase in order with the date (ISO) it was reached, as stored when the round reached it; null if not yet. */
  phases: { phase: Phase; label: string; reachedAt: string | null }[];
  cases: {
    code: string;
    area: string;
    summary: string | null;
    selection: {
      developmentPotential: string | null;
      complexity: string | null;
      recent: string | null;
    };
  }[];
  panel: { name: string; affiliation: string; role: Role; roleLabel: string }[];
  form: {
    scale: { key: RatingValue; label: string; value: number | null }[];
    themes: { key: string; title: string; items: { id: string; number: number; text: string }[] }[];
    developmentQuestion: string;
  };
  results: {
    completeness: { expected: number; received: number };
    items: {
      itemId: string;
      number: number;
      text: string;
      themeTitle: string;
      n: number;
      na: number;
      counts: Counts;
      median: number | null;
      mean: number | null;
      positiveShare: number | null;
      casesRated: number;
      casesPositive: number;
      disagreementCases: number;
      alpha: number | null;
    }[];
    /** Case × item table of cell medians: rows follow the form, columns follow `caseCodes`. */
    medianTable: {
      caseCodes: string[];
      rows: { itemNumber: number; medians: (number | null)[] }[];
    };
    overall: { n: number; na: number; alpha: number | null };
  };
  focusPoints: {
    id: string;
    position: number;
    title: string;
    discussion: string;
    itemNumbers: number[];
    recommendations: { id: string; number: number; text: string }[];
  }[];
  /** Item 10, grouped by area, without names. */
  developmentAnswers: { area: string; suggestions: string[] }[];
}
