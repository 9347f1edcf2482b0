// One-shot messages across a redirect ("you are signed out"), carried in a short-lived cookie so they work
// without JavaScript and never end up in an address someone might share.
import { createCookie } from "@remix-run/node";
import { shouldUseSecureCookies } from "./cookies.server.ts";

export const flashMessages = [
  "signedIn",
  "signedOut",
  "signedOutEverywhere",
  "emailVerified",
  "passwordReset",
  "passwordChanged",
  "emailChangeSent",
  "emailChanged",
  "preferencesSaved",
  "accountDeleted",
  "roleGranted",
  "roleRevoked",
  "challengeCreated",
  "challengeSaved",
  "challengePublished",
  "challengeStatusChanged",
  // Partner profiles (strings in the partners locale module).
  "partners.flash.profileCreated",
  "partners.flash.profileSaved",
  // The partner's proposal pages (strings in the proposals locale module).
  "proposals.flash.created",
  "proposals.flash.saved",
  "proposals.flash.submitted",
  "proposals.flash.resubmitted",
  "proposals.flash.withdrawn",
  "proposals.flash.deleted",
  "proposals.flash.messageSent",
  "proposals.flash.needProfile",
  // The review page (strings in the review locale module, hence the full key).
  // Reports and moderation (strings in the moderation locale module).
  "moderation.flash.reported",
  "moderation.flash.hidden",
  "moderation.flash.restored",
  "moderation.flash.dismissed",
  "moderation.flash.suspended",
  "moderation.flash.unsuspended",
  "review.flash.noteAdded",
  "review.flash.assigned",
  "review.flash.unchanged",
  "review.flash.reviewStarted",
  "review.flash.infoRequested",
  "review.flash.accepted",
  "review.flash.declined",
  "review.flash.messageSent",
  // Organisations (strings in the organisations locale module).
  "organisations.flash.created",
  "organisations.flash.joined",
  "organisations.flash.declined",
  "organisations.flash.left",
  "organisations.flash.profileSaved",
  // The match pipeline (strings in the matching locale module).
  "matching.pipeline.flash.moved",
  "matching.pipeline.flash.ended",
  "matching.pipeline.flash.ownerChanged",
  "matching.pipeline.flash.unchanged",
  "matching.pipeline.flash.created",
  "matching.pipeline.flash.alreadyOpen",
  "matching.introduce.flash.introduced",
  "matching.introduce.flash.consentRecorded",
  "matching.partnerSide.flash.consented",
  "matching.partnerSide.flash.withdrawn",
  "matching.answer.flash.ACCEPTED",
  "matching.answer.flash.DECLINED",
  // Initiatives (strings in the initiatives locale module).
  "initiatives.flash.created",
  "initiatives.flash.joined",
  "initiatives.flash.saved",
  "initiatives.flash.statusChanged",
  "initiatives.flash.updatePosted",
  "initiatives.flash.updateSaved",
  "initiatives.flash.updateDeleted",
  "initiatives.flash.itemSaved",
  "initiatives.flash.itemDeleted",
  "initiatives.flash.visibilityChanged",
  // Engagements (strings in the engagements locale module).
  "engagements.flash.started",
  "engagements.flash.scopeSaved",
  "engagements.flash.resent",
  "engagements.flash.confirmed",
  "engagements.flash.checkedIn",
  "engagements.flash.markedDone",
  "engagements.flash.endedEarly",
  "engagements.flash.reflected",
  "engagements.flash.closed",
  "engagements.flash.activityRecorded",
  // Following and notifications (strings in the following locale module).
  "following.button.followed",
  "following.button.unfollowed",
  "following.notifications.allMarkedRead",
  "following.preferences.saved",
  // The second factor (strings in the accounts feature's twoFactor locale module).
  "twoFactor.flash.recoveryCodeUsed",
  "twoFactor.flash.disabled",
  // A partner's contact address confirmed through the link mailed to it.
  "partners.flash.contactEmailVerified",
  // Taxonomy administration (strings in the admin-taxonomy locale module).
  "adminTaxonomy.flash.saved",
  "adminTaxonomy.flash.created",
  "adminIndicators.flash.saved",
  "adminIndicators.flash.created",
] as const;
export type FlashMessage = (typeof flashMessages)[number];

const flashCookie = createCookie("flash", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: shouldUseSecureCookies(),
  maxAge: 60,
});

export function flashHeader(message: FlashMessage): Promise<string> {
  return flashCookie.serialize(message);
}

/** The pending message, if any, and the header that clears it once shown. */
export async function readFlash(request: Request): Promise<{ message: FlashMessage | null; clearHeader: string | null }> {
  const value: unknown = await flashCookie.parse(request.headers.get("Cookie"));
  if (typeof value !== "string" || !value) return { message: null, clearHeader: null };
  const message = (flashMessages as readonly string[]).includes(value) ? (value as FlashMessage) : null;
  return { message, clearHeader: await flashCookie.serialize("", { maxAge: 0, expires: new Date(0) }) };
}
