/**
 * Context words around a number (Presidio-style): words that say "this is a phone number"
 * raise a candidate's confidence, words that say "this is a company number, a journal
 * number, an amount, a paragraph" lower it. No word is a hard exception.
 */

const BEFORE_WINDOW = 32;
const AFTER_WINDOW = 16;

// Matched against the lower-cased normalised text just before the number.
const PHONE_BEFORE =
  /(?<![\p{L}])(?:tlf|telefon|telefonnr|telefonnummer|mobil|mobilnr|mobilnummer|mob|fastnet|direkte|ring\w*|sms|træffes|kontaktes|nummer|nr\.? på|opkald)[.: ]*(?:nr[.: ]*)?(?:på |er |til )?[:.]? ?$/u;
const CPR_BEFORE =
  /(?<![\p{L}])(?:cpr|cpr-nr|cprnr|cpr-nummer|personnummer|personnr|pers\.nr|p-nummer)[.:]* ?(?:nr[.: ]*)?(?:er |på )?[:.]? ?$/u;
const NUMBER_KIND_BEFORE =
  /(?<![\p{L}])(?:cvr|cvr-nr|se-nr|p-nr|p\.nr|pnr|ean|ean-nr|gln|isbn|issn|j\.nr|j\. nr|jnr|journalnr|journalnummer|sagsnr|sagsnummer|sags-nr|sag nr|ref|reference|konto|kontonr|kontonummer|reg\.nr|regnr|iban|faktura|fakturanr|ordrenr|varenr|lov nr|lbk|bek|nr|id|§|§§|stk|kr|dkk|eur|beløb|budget|udgift|udgifter|bevilling|tilskud|ramme)[.: ]*(?:nr[.: ]*)?[:.]? ?$/u;
const AMOUNT_AFTER =
  /^ ?(?:kr\b|kr\.|kroner|dkk|eur|,-|%|i alt|mio|mia|tkr|t\.kr|borgere|indbyggere|personer|timer|år\b)/u;

export interface NumberContext {
  phoneWord: boolean;
  cprWord: boolean;
  otherNumberWord: boolean;
  amountAfter: boolean;
}

export function numberContext(lower: string, start: number, end: number): NumberContext {
  const before = lower.slice(Math.max(0, start - BEFORE_WINDOW), start);
  const after = lower.slice(end, end + AFTER_WINDOW);
  return {
    phoneWord: PHONE_BEFORE.test(before),
    cprWord: CPR_BEFORE.test(before),
    otherNumberWord: NUMBER_KIND_BEFORE.test(before),
    amountAfter: AMOUNT_AFTER.test(after),
  };
}
