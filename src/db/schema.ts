import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { PHASES } from '../domain/phases.js';
import { ROLES } from '../domain/roles.js';
import { RATING_VALUES } from '../domain/scale.js';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** The audit leader's admin credential; only the SHA-256 of the token is stored. */
export const adminCredentials = sqliteTable('admin_credentials', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
});

export const rounds = sqliteTable('rounds', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  organisation: text('organisation').notNull(),
  purpose: text('purpose').notNull(),
  scope: text('scope'),
  background: text('background'),
  foreword: text('foreword'),
  phase: text('phase', { enum: PHASES }).notNull().default('scoping'),
  developmentQuestion: text('development_question').notNull(),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
  /** Bumped by every change the report shows; publishing refuses a PDF rendered from an older one. */
  version: integer('version').notNull().default(1),
  /** A genaudit's baseline: the reported round whose form it copied and is compared with. */
  baselineRoundId: text('baseline_round_id').references((): AnySQLiteColumn => rounds.id),
});

/**
 * When a round reached each phase: `scoping` at creation, the others at their transition.
 * Phases only move forward, so each is reached at most once. The report's chapter on the
 * course of the audit prints these dates.
 */
export const roundPhases = sqliteTable(
  'round_phases',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: PHASES }).notNull(),
    reachedAt: text('reached_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.phase] })],
);

export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    affiliation: text('affiliation').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index('members_round_idx').on(t.roundId)],
);

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    area: text('area').notNull(),
    summary: text('summary'),
    developmentPotential: text('development_potential'),
    complexity: text('complexity'),
    recent: text('recent'),
    createdAt: createdAt(),
  },
  // A case code ("Sag 3") names one case within its round.
  (t) => [uniqueIndex('cases_round_code_idx').on(t.roundId, t.code)],
);

export const caseDocuments = sqliteTable(
  'case_documents',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('case_documents_case_idx').on(t.caseId)],
);

export const formThemes = sqliteTable(
  'form_themes',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('form_themes_round_key_idx').on(t.roundId, t.key)],
);

export const formItems = sqliteTable(
  'form_items',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    themeId: text('theme_id')
      .notNull()
      .references(() => formThemes.id, { onDelete: 'cascade' }),
    /** 1..N across the whole form, in theme order; what the report prints. */
    number: integer('number').notNull(),
    text: text('text').notNull(),
    /** In a genaudit: the baseline round's item this one was copied from (no foreign key: ids only compare). */
    baselineItemId: text('baseline_item_id'),
  },
  (t) => [index('form_items_round_idx').on(t.roundId)],
);

export const ratings = sqliteTable(
  'ratings',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    itemId: text('item_id')
      .notNull()
      .references(() => formItems.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    value: text('value', { enum: RATING_VALUES }).notNull(),
    justification: text('justification').notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // One rating per panelist, case and item: a second PUT replaces the first.
    uniqueIndex('ratings_cell_member_idx').on(t.caseId, t.itemId, t.memberId),
    // Results and progress read a whole round's ratings at once.
    index('ratings_round_idx').on(t.roundId),
  ],
);

/**
 * A panelist's half-answered item (a value without a justification, or the reverse): kept so
 * nothing chosen or typed is lost. Never counted in progress or results; the full rating
 * replaces it (the rating save deletes the draft).
 */
export const ratingDrafts = sqliteTable(
  'rating_drafts',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    itemId: text('item_id')
      .notNull()
      .references(() => formItems.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    value: text('value', { enum: RATING_VALUES }),
    justification: text('justification'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.itemId, t.memberId] }),
    // A panelist's page loads all own drafts of the round at once.
    index('rating_drafts_member_idx').on(t.memberId),
  ],
);

export const improvementAnswers = sqliteTable(
  'development_answers',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** JSON array of { area, suggestion }, 1–3 entries. */
    areas: text('areas').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.memberId] })],
);

export const focusPoints = sqliteTable(
  'focus_points',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The panel's drøftelse of the focus point (the API's `discussion` field). */
    deliberation: text('discussion').notNull(),
    position: integer('position').notNull(),
    /** Bumped on every change; the ETag is derived from it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('focus_points_round_idx').on(t.roundId)],
);

export const focusPointItems = sqliteTable(
  'focus_point_items',
  {
    focusPointId: text('focus_point_id')
      .notNull()
      .references(() => focusPoints.id, { onDelete: 'cascade' }),
    itemId: text('item_id')
      .notNull()
      .references(() => formItems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.focusPointId, t.itemId] })],
);

export const recommendations = sqliteTable(
  'recommendations',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    focusPointId: text('focus_point_id')
      .notNull()
      .references(() => focusPoints.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('recommendations_focus_point_idx').on(t.focusPointId)],
);

/** The published afrapportering: rendered once on `reported`, served byte for byte after. */
export const reports = sqliteTable('reports', {
  roundId: text('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  pdf: blob('pdf', { mode: 'buffer' }).notNull(),
  sha256: text('sha256').notNull(),
  createdAt: createdAt(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    // A plain rowid key: AUTOINCREMENT would also rewrite sqlite_sequence on every mutation
    // (a WAL page per rating saved). Audit rows are never deleted, so ids never repeat.
    id: integer('id').primaryKey(),
    roundId: text('round_id'),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    /** Small, non-personal facts about the change (e.g. the phase reached); never request bodies. */
    details: text('details'),
    at: text('at').notNull(),
  },
  // Deliberately no foreign key to rounds: the log outlives what it describes.
  (t) => [index('audit_log_round_idx').on(t.roundId, t.id)],
);

/**
 * The udviklingsplan: one per round, from `reported` on, the one part that changes after the
 * round is frozen. The row is created on the first read or write; it carries the plan's
 * `updatedAt`.
 */
export const plans = sqliteTable('plans', {
  roundId: text('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

/** Indsatsområde: positions 1..N per plan. */
export const planInitiatives = sqliteTable(
  'plan_initiatives',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => plans.roundId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default(''),
    note: text('note').notNull().default(''),
    phase: text('phase', { enum: ['decide', 'plan', 'execute', 'embed'] })
      .notNull()
      .default('decide'),
    /** JSON array of strings: the guidance bullets. */
    guidance: text('guidance').notNull().default('[]'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('plan_initiatives_round_idx').on(t.roundId)],
);

/** The round's recommendations an initiative has chosen. */
export const planInitiativeRecommendations = sqliteTable(
  'plan_initiative_recommendations',
  {
    initiativeId: text('initiative_id')
      .notNull()
      .references(() => planInitiatives.id, { onDelete: 'cascade' }),
    recommendationId: text('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.recommendationId] })],
);

/** Aktivitet, delmål or implementeringsmål: positions 1..N per initiative. */
export const planSteps = sqliteTable(
  'plan_steps',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => plans.roundId, { onDelete: 'cascade' }),
    initiativeId: text('initiative_id')
      .notNull()
      .references(() => planInitiatives.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['activity', 'subgoal', 'goal'] }).notNull(),
    text: text('text').notNull(),
    /** YYYY-MM-DD; optional. */
    start: text('start'),
    /** YYYY-MM-DD. */
    due: text('due').notNull(),
    responsible: text('responsible').notNull(),
    statusText: text('status_text').notNull().default(''),
    state: text('state', { enum: ['planned', 'in_progress', 'done', 'postponed'] })
      .notNull()
      .default('planned'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('plan_steps_round_idx').on(t.roundId), index('plan_steps_initiative_idx').on(t.initiativeId)],
);

/** Every state and status text a step has had, from its creation on; `by*` as it was then. */
export const planStepHistory = sqliteTable(
  'plan_step_history',
  {
    id: integer('id').primaryKey(),
    stepId: text('step_id')
      .notNull()
      .references(() => planSteps.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    byId: text('by_id').notNull(),
    byRole: text('by_role').notNull(),
    byName: text('by_name').notNull(),
    state: text('state', { enum: ['planned', 'in_progress', 'done', 'postponed'] }).notNull(),
    statusText: text('status_text').notNull(),
  },
  (t) => [index('plan_step_history_step_idx').on(t.stepId, t.id)],
);
