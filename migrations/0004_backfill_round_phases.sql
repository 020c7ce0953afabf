-- Phase dates were found by reading the audit log; from now on they are stored in
-- round_phases. Backfill every existing round from its audit rows: `round.created` is the
-- date scoping was reached, a `round.transitioned` row names the phase it reached in
-- details.to. The first row for a phase wins (rows in id order, later ones ignored).
INSERT OR IGNORE INTO `round_phases` (`round_id`, `phase`, `reached_at`)
SELECT `round_id`, `phase`, `at`
  FROM (
    SELECT `id`, `round_id`, `at`,
           CASE
             WHEN `action` = 'round.created' THEN 'scoping'
             WHEN json_valid(`details`) THEN json_extract(`details`, '$.to')
           END AS `phase`
      FROM `audit_log`
     WHERE `action` IN ('round.created', 'round.transitioned')
       AND `round_id` IN (SELECT `id` FROM `rounds`)
  )
 WHERE `phase` IN ('scoping', 'panel', 'calibration', 'rating', 'discussion', 'follow_up', 'reported')
 ORDER BY `id`;
--> statement-breakpoint
-- A round without its creation row (written by hand) was still created: date scoping then.
INSERT OR IGNORE INTO `round_phases` (`round_id`, `phase`, `reached_at`)
SELECT `id`, 'scoping', `created_at` FROM `rounds`;
