-- At most one OPEN match per challenge and partner, held by the database itself: a partial unique index.
-- Open stages: SUGGESTED, INTRODUCED, AGREED, ACTIVE (app/features/matching/match-stages.ts isOpenStage). Closed:
-- COMPLETED and ENDED; a pair may have any number of closed matches and, after them, a new open one.
-- It replaces the trigger of 20261124040000_matching (an advisory lock and an EXISTS check): the index cannot be
-- bypassed by any statement, and INSERT ... ON CONFLICT can target it. Prisma's schema language cannot describe a
-- partial index, and Prisma 6.19's drift check (migrate diff --from-migrations ... --exit-code) leaves it alone.
DROP TRIGGER match_one_open_per_pair ON "Match";
DROP FUNCTION match_one_open_per_pair();

CREATE UNIQUE INDEX "Match_open_pair_key" ON "Match" ("challengeId", "partnerId")
  WHERE stage NOT IN ('COMPLETED', 'ENDED');
