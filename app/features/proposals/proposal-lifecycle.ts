// The proposal lifecycle, shared by the model layer (which enforces it), the UI (which offers only the moves
// allowed) and the migration's trigger (which refuses anything else at the database):
//   DRAFT → SUBMITTED → UNDER_REVIEW → (NEEDS_INFO → SUBMITTED ↺) → ACCEPTED | DECLINED, or WITHDRAWN.
// Partners submit, resubmit and withdraw; coordinators review, ask for information and decide.

export const proposalStatuses = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO", "ACCEPTED", "DECLINED", "WITHDRAWN"] as const;
export type ProposalStatusName = (typeof proposalStatuses)[number];

export type ProposalActor = "PARTNER" | "COORDINATOR";

type Transition = { to: ProposalStatusName; by: ProposalActor; reasonRequired: boolean };

const transitions: Record<ProposalStatusName, readonly Transition[]> = {
  DRAFT: [{ to: "SUBMITTED", by: "PARTNER", reasonRequired: false }],
  SUBMITTED: [
    { to: "UNDER_REVIEW", by: "COORDINATOR", reasonRequired: false },
    { to: "NEEDS_INFO", by: "COORDINATOR", reasonRequired: true },
    { to: "ACCEPTED", by: "COORDINATOR", reasonRequired: true },
    { to: "DECLINED", by: "COORDINATOR", reasonRequired: true },
    { to: "WITHDRAWN", by: "PARTNER", reasonRequired: false },
  ],
  UNDER_REVIEW: [
    { to: "NEEDS_INFO", by: "COORDINATOR", reasonRequired: true },
    { to: "ACCEPTED", by: "COORDINATOR", reasonRequired: true },
    { to: "DECLINED", by: "COORDINATOR", reasonRequired: true },
    { to: "WITHDRAWN", by: "PARTNER", reasonRequired: false },
  ],
  NEEDS_INFO: [
    { to: "SUBMITTED", by: "PARTNER", reasonRequired: false },
    { to: "DECLINED", by: "COORDINATOR", reasonRequired: true },
    { to: "WITHDRAWN", by: "PARTNER", reasonRequired: false },
  ],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

export function allowedTransitions(from: ProposalStatusName, by: ProposalActor): ProposalStatusName[] {
  return transitions[from].filter((transition) => transition.by === by).map((transition) => transition.to);
}

export function findTransition(from: ProposalStatusName, to: ProposalStatusName): Transition | undefined {
  return transitions[from].find((transition) => transition.to === to);
}

/** Partners may change the text only before review starts or when asked for more information. */
export function isEditableByPartner(status: ProposalStatusName): boolean {
  return status === "DRAFT" || status === "NEEDS_INFO";
}

/** Statuses in which a proposal waits for a coordinator: the review queue shows these. */
export const awaitingCoordinator: readonly ProposalStatusName[] = ["SUBMITTED", "UNDER_REVIEW"];

export function isClosed(status: ProposalStatusName): boolean {
  return transitions[status].length === 0;
}
