// One zod schema per organisation form (Conform in the browser, the action on the server). Messages are
// translation keys; ids arrive from hidden fields and must be UUIDs before they reach the database.
import { z } from "zod";
import { supportedLanguages } from "~/kernel/i18n/config.ts";
import { emailRequestSchema } from "~/features/accounts/index.ts";

export const memberRoles = ["OWNER", "MEMBER"] as const;

const role = z.enum(memberRoles, { error: "validation.invalidChoice" });
const id = z.uuid({ error: "validation.invalidChoice" });

/** An owner invites an address; the language is used only when the address has no account. */
export const invitationSchema = z.object({
  email: emailRequestSchema.shape.email,
  role,
  language: z.enum(supportedLanguages, { error: "validation.invalidChoice" }),
});

/** Withdrawing one pending invitation. */
export const revokeInvitationSchema = z.object({ invitationId: id });

/** Giving a member the owner or member role. */
export const memberRoleSchema = z.object({ userId: id, role });

/** Removing a member from the organisation. */
export const removeMemberSchema = z.object({ userId: id });

/** Handing ownership to another member, confirmed with a tick (the owner becomes a member). */
export const transferOwnershipSchema = z.object({
  userId: id,
  confirm: z.literal("on", { error: "organisations.errors.confirmTransfer" }),
});

export const invitationAnswers = ["accept", "decline"] as const;

/** Answering an invitation from its e-mailed link. */
export const invitationAnswerSchema = z.object({ answer: z.enum(invitationAnswers, { error: "validation.invalidChoice" }) });

/** Answering one of one's own invitations from the list of organisations. */
export const invitationReplySchema = z.object({
  invitationId: id,
  answer: z.enum(invitationAnswers, { error: "validation.invalidChoice" }),
});
