// When a response is due (decision 0019): the status engine dates each submission with it, the deadline job reads it.
import { getEnv } from "~/kernel/env.server.ts";
import { addBusinessDays, addTokyoDays, tokyoDate, type Day } from "~/kernel/japan-time.ts";

/** Days before the closing day on which the partner of a NEEDS_INFO proposal is reminded. */
export const NEEDS_INFO_REMINDER_DAYS = 3;

/** The day a coordinator owes the first response to a proposal (re)submitted at `submittedAt`. */
export function firstResponseDueOn(submittedAt: Date): Day {
  return addBusinessDays(tokyoDate(submittedAt), getEnv().RESPONSE_DEADLINE_BUSINESS_DAYS);
}

/** The day a NEEDS_INFO proposal whose partner has been silent since `silentSince` is closed. */
export function needsInfoClosesOn(silentSince: Date): Day {
  return addTokyoDays(tokyoDate(silentSince), getEnv().NEEDS_INFO_CLOSE_DAYS);
}
