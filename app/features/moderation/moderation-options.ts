// What a report, a hiding or a suspension can name, shared by the forms (browser) and the server.
import type { ModerationTargetType, ReportReason } from "~/generated/prisma/enums.ts";

export const reportReasons = [
  "SPAM",
  "HARASSMENT",
  "PERSONAL_DATA",
  "MISLEADING",
  "INAPPROPRIATE",
  "OTHER",
] as const satisfies readonly ReportReason[];

/** The address segment for each kind of reportable thing: /report?type=profile, /moderation/profile/<id>. */
export const targetKinds = {
  profile: "PARTNER_PROFILE",
  update: "INITIATIVE_UPDATE",
  message: "PROPOSAL_MESSAGE",
} as const satisfies Record<string, ModerationTargetType>;
export type TargetKind = keyof typeof targetKinds;
export const targetKindNames = Object.keys(targetKinds) as TargetKind[];

export function kindOf(type: ModerationTargetType): TargetKind {
  return targetKindNames.find((kind) => targetKinds[kind] === type)!;
}

export const MODERATION_LIMITS = { details: 1000, note: 1000 } as const;
