import { WRITE_RULES, type ActorRole, type PhaseRefusal, type Write } from '../domain/access.js';
import type { Finding } from '../domain/anonymisation.js';
import { joinDanish } from '../domain/danish.js';
import type { Phase } from '../domain/phases.js';
import { ROLE_LABELS } from '../domain/roles.js';
import type { Unmet } from '../domain/transitions.js';

/** What a problem can carry besides its text; src/http/problem.ts gives the wire format. */
export interface ProblemExtras {
  errors?: { path: string; message: string }[];
  unmet?: Unmet[];
  findings?: Finding[];
  /** All findings, also those beyond the ones listed. */
  findingsTotal?: number;
  truncated?: boolean;
}

/**
 * Every expected failure is an AppError, with a stable code and its HTTP status. Services
 * throw them; the central handler (src/http/error-handler.ts) answers them as problem+json.
 * Titles and details are Danish (the panel's pages show them); field names stay English.
 * This module is the one home of the codes: every refusal has its own.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const unauthorized = (detail = 'Send et gyldigt bearer-token i Authorization-headeren.') =>
  new AppError(401, 'unauthorized', 'Ikke logget ind', detail, {}, { 'www-authenticate': 'Bearer' });

export const invalidToken = () => unauthorized('Bearer-tokenet er ikke gyldigt.');

export const tooManyFailedAuthentications = (retryAfterSeconds: number) =>
  new AppError(
    429,
    'too-many-failed-authentications',
    'For mange forsøg',
    'For mange mislykkede forsøg på at logge ind fra denne klient; prøv igen senere.',
    {},
    { 'retry-after': String(retryAfterSeconds) },
  );

const ACTOR_LABELS: Record<ActorRole, string> = { admin: 'administrator', ...ROLE_LABELS };

/** The token is valid, but its role may not do this (in this phase). */
export const forbidden = (role: ActorRole, phase: Phase) =>
  new AppError(403, 'forbidden', 'Ingen adgang', `En ${ACTOR_LABELS[role]} må ikke gøre dette i fasen ${phase}.`);

export const onlyAdminCreatesRounds = () =>
  new AppError(403, 'forbidden', 'Ingen adgang', 'Kun administratoren kan oprette auditforløb.');

const NOT_FOUND = {
  round: 'Auditforløbet',
  case: 'Sagen',
  item: 'Spørgsmålet i vurderingsskemaet',
  member: 'Medlemmet af panelet',
  focusPoint: 'Fokuspunktet',
  recommendation: 'Anbefalingen',
  initiative: 'Indsatsområdet',
  step: 'Trinnet i udviklingsplanen',
} as const;

/** 404 for a resource that does not exist or that the token cannot see. */
export const notFound = (what: keyof typeof NOT_FOUND) =>
  new AppError(404, 'not-found', 'Ikke fundet', `${NOT_FOUND[what]} blev ikke fundet.`);

const PHASE_REFUSAL_TITLES: Record<PhaseRefusal, string> = {
  'round-reported': 'Auditforløbet er afrapporteret',
  'phase-closed': 'Ikke muligt i denne fase',
  'panelist-add-closed': 'Panelet er lukket for nye paneldeltagere',
  'member-remove-closed': 'Medlemmet kan ikke fjernes',
};

/** 409: the round's phase does not allow `write` (src/domain/access.ts holds the rules). */
export function phaseRefused(refusal: PhaseRefusal, write: Write, phase: Phase): AppError {
  const title = PHASE_REFUSAL_TITLES[refusal];
  if (refusal === 'round-reported') {
    return new AppError(409, refusal, title, 'Afrapporteringen er udgivet, og auditforløbet kan ikke længere ændres.');
  }
  const { label, phases } = WRITE_RULES[write];
  const open = `${phases.length === 1 ? 'fasen' : 'faserne'} ${joinDanish(phases)}`;
  return new AppError(
    409,
    refusal,
    title,
    `Det er kun muligt at ${label} i ${open}; auditforløbet er i fasen ${phase}.`,
  );
}

export const caseCodeTaken = () =>
  new AppError(
    409,
    'case-code-taken',
    'Sagskoden er brugt',
    'Auditforløbet har allerede en sag med denne sagskode (code).',
  );

export const changedWhilePublishing = () =>
  new AppError(
    409,
    'changed-while-publishing',
    'Ændret under udgivelsen',
    'Auditforløbet blev ændret, mens afrapporteringen blev dannet; prøv igen.',
  );

export const transitionUnmet = (from: Phase, to: Phase, unmet: Unmet[]) =>
  new AppError(
    409,
    'transition-unmet',
    'Faseskiftet er ikke muligt',
    `Auditforløbet kan ikke gå fra fasen ${from} til ${to}; unmet siger hvorfor.`,
    { unmet },
  );

export const baselineNotReported = (phase: Phase) =>
  new AppError(
    409,
    'baseline-not-reported',
    'Baseline er ikke afrapporteret',
    `En genaudit skal bygge på et afrapporteret auditforløb; baseline-forløbet er i fasen ${phase}.`,
  );

export const unknownBaseline = () =>
  new AppError(422, 'unknown-baseline', 'Kan ikke behandles', 'baselineRoundId henviser ikke til et auditforløb.', {
    errors: [{ path: 'body/baselineRoundId', message: 'Intet auditforløb har dette id' }],
  });

export const noBaseline = () =>
  new AppError(
    409,
    'no-baseline',
    'Ikke en genaudit',
    'Auditforløbet har ingen baseline; kun en genaudit kan sammenlignes.',
  );

export const unprocessable = (code: string, detail: string, extras: ProblemExtras = {}) =>
  new AppError(422, code, 'Kan ikke behandles', detail, extras);

export const preconditionFailed = () =>
  new AppError(
    412,
    'stale-etag',
    'Ændret af en anden',
    'Ressourcen er ændret, siden du hentede den; hent den igen, og foretag din ændring på ny.',
  );

export const preconditionRequired = () =>
  new AppError(
    428,
    'if-match-required',
    'If-Match mangler',
    'Send ETag-værdien fra GET i en If-Match-header for at ændre denne ressource.',
  );

const RENDER_FAILURES = {
  timeout: 'Det tog længere end tidsgrænsen at danne PDF-filen; forkort de længste tekster, og prøv igen.',
  memory: 'Det krævede mere hukommelse end grænsen at danne PDF-filen; forkort de længste tekster, og prøv igen.',
  failed: 'PDF-filen kunne ikke dannes. Oplys request id, når du melder fejlen.',
} as const;

/** A PDF render (report or plan) that failed, timed out or ran out of memory; the server and the round are unaffected. */
export const reportRenderFailed = (cause: keyof typeof RENDER_FAILURES) =>
  new AppError(503, `report-render-${cause}`, 'PDF-filen kunne ikke dannes', RENDER_FAILURES[cause]);
/** Every render slot is taken; a retry shortly after is expected to succeed. */
export const reportBusy = () =>
  new AppError(
    503,
    'report-render-busy',
    'PDF-filen kan ikke dannes lige nu',
    'Andre PDF-filer er ved at blive dannet; prøv igen om nogle sekunder.',
    {},
    { 'retry-after': '5' },
  );
/** A stated limit of src/domain/limits.ts would be exceeded; nothing was changed. `detail` is Danish. */
export const limitExceeded = (detail: string) => new AppError(422, 'limit-exceeded', 'Grænsen er nået', detail);
/** The text rule of src/domain/text.ts is broken at `path` (a JSON pointer under body). */
export const invalidText = (path: string, message: string) =>
  new AppError(
    400,
    'invalid-text',
    'Ugyldig tekst',
    'Indholdet har tekst, der ikke er gyldig UTF-8, et enligt surrogat eller NUL; intet blev gemt.',
    { errors: [{ path, message }] },
  );
/** SQLite stayed busy beyond its busy timeout (another writer holds the database). */
export const databaseBusy = () =>
  new AppError(
    503,
    'database-busy',
    'Databasen er optaget',
    'Databasen er optaget; intet blev ændret. Prøv igen om lidt.',
    {},
    { 'retry-after': '2' },
  );
/** SQLite could not write for lack of space. */
export const storageFull = () =>
  new AppError(
    507,
    'storage-full',
    'Der er ikke plads på disken',
    'Databasen kunne ikke skrive, fordi disken er fuld. Intet blev ændret.',
  );
