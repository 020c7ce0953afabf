import { asc, sql } from 'drizzle-orm';
import { cases, members } from '../db/schema.js';

/**
 * Panel order, the one definition: the order members joined the round, with rowid
 * (insertion order) breaking ties within a millisecond. The member list, progress, the
 * results' raters, "Paneldeltager N" in the discussion view, the ratings list and CSV, the
 * item-10 answers and the report's panel all follow it.
 */
export const PANEL_ORDER = [asc(members.createdAt), asc(sql`${members}.rowid`)] as const;

/**
 * Case order, the one definition: the order cases were added, by code within a millisecond
 * (codes are unique within a round). Case lists, the results, the ratings list and CSV and
 * the report's median table follow it.
 */
export const CASE_ORDER = [asc(cases.createdAt), asc(cases.code)] as const;
