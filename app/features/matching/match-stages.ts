// The match pipeline, shared by the model layer (which enforces it), the board (which offers only the moves
// allowed) and the migration's trigger (which refuses anything else at the database):
//   SUGGESTED → INTRODUCED → AGREED → ACTIVE → COMPLETED, or ENDED (with a reason) from any open stage.

export const matchStages = ["SUGGESTED", "INTRODUCED", "AGREED", "ACTIVE", "COMPLETED", "ENDED"] as const;
export type MatchStageName = (typeof matchStages)[number];

/** The stages a card can sit in on the board, in pipeline order. */
export const pipelineStages = ["SUGGESTED", "INTRODUCED", "AGREED", "ACTIVE", "COMPLETED"] as const satisfies readonly MatchStageName[];

const nextStage: Partial<Record<MatchStageName, MatchStageName>> = {
  SUGGESTED: "INTRODUCED",
  INTRODUCED: "AGREED",
  AGREED: "ACTIVE",
  ACTIVE: "COMPLETED",
};

export function isOpenStage(stage: MatchStageName): boolean {
  return stage !== "COMPLETED" && stage !== "ENDED";
}

export function allowedMatchMoves(from: MatchStageName): MatchStageName[] {
  if (!isOpenStage(from)) return [];
  const next = nextStage[from];
  return next ? [next, "ENDED"] : ["ENDED"];
}

/**
 * Moves that close a match: the only ones left once its partner has left (deleted their account, or an
 * organisation archived after its last member did). Nobody is there to be introduced or to agree any more.
 */
const closingStages: readonly MatchStageName[] = ["COMPLETED", "ENDED"];

/** The partner deleted their account, or the organisation was archived after its last member did. */
export function partnerHasLeft(partner: { deletedAt: Date | null; archivedAt: Date | null }): boolean {
  return partner.deletedAt !== null || partner.archivedAt !== null;
}

export function movesWithoutPartner(from: MatchStageName): MatchStageName[] {
  return allowedMatchMoves(from).filter((stage) => closingStages.includes(stage));
}

export function isAllowedMatchMove(from: MatchStageName, to: MatchStageName): boolean {
  return allowedMatchMoves(from).includes(to);
}

/** Matches in these stages count as a partner's current load (matching ranks busy partners lower). */
export const loadStages: readonly MatchStageName[] = ["INTRODUCED", "AGREED", "ACTIVE"];
