import type { FocusPointSuggestion, SuggestedItem } from '../contract/focus.js';
import { joinDanish } from './danish.js';
import type { ItemResult } from './statistics.js';

/** An item is a candidate when fewer than half of its values are positive … */
export const LOW_POSITIVE_SHARE = 0.5;
// … or when the panel disagreed on it in at least one case (cell `disagreement`).

export interface SuggestionFormTheme {
  key: string;
  title: string;
  items: readonly { id: string; number: number; text: string }[];
}

export type { FocusPointSuggestion, SuggestedItem };

/** Candidate focus points from the results: flagged items grouped by theme, in form order. */
export function suggestFocusPoints(
  themes: readonly SuggestionFormTheme[],
  results: readonly ItemResult[],
): FocusPointSuggestion[] {
  const byItem = new Map(results.map((result) => [result.itemId, result]));
  return themes.flatMap((theme) => {
    const items = theme.items.flatMap((item) => {
      const result = byItem.get(item.id);
      return result ? candidate(item, result) : [];
    });
    if (items.length === 0) return [];
    return [
      {
        themeKey: theme.key,
        themeTitle: theme.title,
        proposedTitle: proposedTitle(theme, items),
        itemIds: items.map((item) => item.itemId),
        itemNumbers: items.map((item) => item.number),
        reasons: items.map(reason),
        items,
      },
    ];
  });
}

function candidate(item: SuggestionFormTheme['items'][number], result: ItemResult): SuggestedItem[] {
  const lowPositiveShare = result.positiveShare !== null && result.positiveShare < LOW_POSITIVE_SHARE;
  if (!lowPositiveShare && result.disagreementCases === 0) return [];
  return [
    {
      itemId: item.id,
      number: item.number,
      text: item.text,
      n: result.n,
      median: result.median,
      positiveShare: result.positiveShare,
      casesRated: result.casesRated,
      casesPositive: result.casesPositive,
      disagreementCases: result.disagreementCases,
      lowPositiveShare,
    },
  ];
}

function proposedTitle(theme: SuggestionFormTheme, items: readonly SuggestedItem[]): string {
  // A theme whose every item is flagged is the focus point itself (e.g. "Borgerinddragelse").
  if (items.length === theme.items.length) return theme.title;
  const numbers = items.map((item) => String(item.number));
  return `${theme.title} – ${numbers.length === 1 ? 'punkt' : 'punkterne'} ${joinDanish(numbers)}`;
}

function reason(item: SuggestedItem): string {
  const parts = [
    `Punkt ${item.number}: ${item.positiveShare === null ? 'ingen vurderinger' : `${Math.round(item.positiveShare * 100)} % positive vurderinger`}`,
    `${item.casesPositive} af ${item.casesRated} sager vurderet i høj eller nogen grad`,
  ];
  if (item.disagreementCases > 0) {
    parts.push(`uenighed i panelet i ${item.disagreementCases} ${item.disagreementCases === 1 ? 'sag' : 'sager'}`);
  }
  return `${parts.join('; ')}.`;
}
