/**
 * The development question (udviklingsspørgsmål) comes after the form's numbered items, once for
 * all cases: with the nine items of the seed report it is question 10, with three items question 4.
 * The one home of that number: the form answer, the report's chapters 3 and 5 and the web pages use it.
 */
export function developmentQuestionNumber(themes: readonly { items: readonly unknown[] }[]): number {
  return themes.reduce((count, theme) => count + theme.items.length, 0) + 1;
}
