import { z } from "zod";

/** The follow button's form (app/features/following/follow-button.tsx), read by the /follow action. */
export const followFormSchema = z.object({
  intent: z.enum(["follow", "unfollow"]),
  targetType: z.enum(["CHALLENGE", "INITIATIVE", "STRATEGY", "FIELD", "AREA"]),
  targetId: z.string().trim().min(1).max(64),
  redirectTo: z.string().max(2048).optional(),
  /** Sent only by the enhanced button (a fetcher): answer with data instead of a redirect. */
  respond: z.literal("data").optional(),
});

export const notificationFrequencies = ["IMMEDIATE", "DAILY", "WEEKLY", "OFF"] as const;

/** /account/notifications: how often notifications are e-mailed. */
export const notificationFrequencySchema = z.object({
  notificationFrequency: z.enum(notificationFrequencies, { error: "validation.invalidChoice" }),
});

/** /account/notifications: one row of the follows table. */
export const unfollowFormSchema = z.object({
  targetType: z.enum(["CHALLENGE", "INITIATIVE", "STRATEGY", "FIELD", "AREA"]),
  targetId: z.string().trim().min(1).max(64),
});
