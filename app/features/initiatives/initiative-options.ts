// An initiative's statuses without zod: the public list filters by them and the badge names them, and importing
// them from the forms' schema sent zod to every visitor of /initiatives.
export const initiativeStatuses = ["ACTIVE", "PAUSED", "COMPLETED"] as const;
export type InitiativeStatusName = (typeof initiativeStatuses)[number];

/** What a list shows of one initiative; built by initiative-queries.server.ts, drawn by InitiativeCard. */
export type InitiativeCardData = {
  number: number;
  title: string;
  summary: string;
  status: InitiativeStatusName;
  strategyCode: string;
  strategyName: string;
  areaName: string;
  fieldNames: string[];
  coverImageId: string | null;
  cheers: number;
  updates: number;
  startedOn: string;
};
