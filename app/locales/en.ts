// English counterpart of ja.ts; Shape<Translation> makes the type checker demand every Japanese key.
import errors, { siteName } from "./en/errors.ts";
import account from "~/features/accounts/locales/account.en.ts";
import auth from "~/features/accounts/locales/auth.en.ts";
import twoFactor from "~/features/accounts/locales/two-factor.en.ts";
import adminEmails from "~/features/admin/locales/admin-emails.en.ts";
import admin from "~/features/admin/locales/admin.en.ts";
import mailbox from "~/features/admin/locales/mailbox.en.ts";
import challengeForm from "~/features/challenges/locales/challenge-form.en.ts";
import challenge from "~/features/challenges/locales/challenge.en.ts";
import coordinate from "~/features/challenges/locales/coordinate.en.ts";
import feeds from "~/features/challenges/locales/feeds.en.ts";
import openData from "~/features/challenges/locales/open-data.en.ts";
import dashboard from "~/features/dashboard/locales/dashboard.en.ts";
import indicator from "~/features/dashboard/locales/indicator.en.ts";
import following from "~/features/following/locales/following.en.ts";
import subscribe from "~/features/following/locales/subscribe.en.ts";
import unsubscribe from "~/features/following/locales/unsubscribe.en.ts";
import engagements from "~/features/engagements/locales/engagements.en.ts";
import initiatives from "~/features/initiatives/locales/initiatives.en.ts";
import matching from "~/features/matching/locales/matching.en.ts";
import moderation from "~/features/moderation/locales/moderation.en.ts";
import organisations from "~/features/partners/locales/organisations.en.ts";
import partners from "~/features/partners/locales/partners.en.ts";
import proposals from "~/features/proposals/locales/proposals.en.ts";
import review from "~/features/proposals/locales/review.en.ts";
import about from "~/features/site/locales/about.en.ts";
import footer from "~/features/site/locales/footer.en.ts";
import home from "~/features/site/locales/home.en.ts";
import privacy from "~/features/site/locales/privacy.en.ts";
import adminTaxonomy from "~/features/taxonomy/locales/admin-taxonomy.en.ts";
import adminIndicators from "~/features/dashboard/locales/admin-indicators.en.ts";
import areaKind from "~/features/taxonomy/locales/area-kind.en.ts";
import areas from "~/features/taxonomy/locales/areas.en.ts";
import field from "~/features/taxonomy/locales/field.en.ts";
import strategy from "~/features/taxonomy/locales/strategy.en.ts";
import type { Translation } from "./ja.ts";
import type { Shape } from "./shape.ts";

const en: Shape<Translation> = {
  site: {
    name: siteName,
    tagline: "Where Shiojiri City and its friends everywhere take on local challenges together",
    operator: "Shiojiri City",
    cityImage: "A town where many ways of living come true.",
    cityImageSub: "— Shiojiri, a garden city —",
    purpose: "We will be pioneers of regional innovation",
  },
  nav: {
    skipToContent: "Skip to main content",
    primary: "Main menu",
    work: "Work menu",
    home: "Home",
    strategies: "Strategies",
    about: "How it works",
    challenges: "Challenges",
    partners: "Partners",
    myProposals: "Proposals",
    review: "Review proposals",
    breadcrumb: "Breadcrumb",
    account: "Account",
    signIn: "Sign in",
    signUp: "Register",
    admin: "Admin",
    accountMenu: "Account menu",
  },
  language: {
    label: "Language",
    switchTo: "日本語",
    switchToLong: "日本語に切り替える",
    ja: "日本語",
    en: "English",
  },
  home,
  indicator,
  strategy,
  field,
  about,
  areaKind,
  challenge,
  challengeForm,
  coordinate,
  feeds,
  openData,
  validation: {
    required: "Please fill this in.",
    emailInvalid: "Enter an e-mail address like name@example.com.",
    emailTooLong: "An e-mail address can have at most {{emailMax}} characters.",
    passwordTooShort: "Use at least {{passwordMin}} characters.",
    passwordTooLong: "Use at most {{passwordMax}} characters.",
    passwordCommon: "This password is one of the most common ones and easy to guess. Please choose another.",
    passwordsDiffer: "The two passwords do not match.",
    nameTooLong: "A display name can have at most {{nameMax}} characters.",
    codeInvalid: "Enter the 6-digit code.",
    invalidChoice: "Please choose one of the options.",
    invalid: "This could not be accepted. Please enter it again.",
    tooLong: "Use at most {{max}} characters.",
    acceptPrivacy: "Please accept the privacy policy to register.",
    confirmDeletion: "Tick the box to confirm that you want to delete your account.",
  },
  auth,
  twoFactor,
  account,
  roles: {
    RESIDENT: "Resident",
    PARTNER: "Partner",
    COORDINATOR: "Coordinator",
    COORDINATOR_LEAD: "Coordinator lead",
    ADMIN: "Administrator",
    MODERATOR: "Moderator",
  },
  admin,
  pagination: {
    label: "Pagination",
    previous: "Previous",
    next: "Next",
    page: "Page {{page}} of {{pages}}",
  },
  flash: {
    signedIn: "You are signed in.",
    signedOut: "You are signed out.",
    signedOutEverywhere: "You are signed out on all devices.",
    emailVerified: "Your e-mail address is confirmed. You are signed in.",
    passwordReset: "Your password is set and you are signed in.",
    passwordChanged: "Your password is changed. Other devices were signed out.",
    emailChangeSent: "We sent a confirmation link to the new address (unless another account already uses it).",
    emailChanged: "Your e-mail address is changed.",
    preferencesSaved: "Preferences saved.",
    accountDeleted: "Your account is deleted. Thank you for taking part.",
    roleGranted: "Role granted.",
    roleRevoked: "Role revoked.",
    challengeCreated: "Challenge created as a draft.",
    challengeSaved: "Saved.",
    challengePublished: "The challenge is now open and public.",
    challengeStatusChanged: "The challenge's status has changed.",
  },
  privacy,
  ...errors,
  mailbox,
  adminEmails,
  adminTaxonomy,
  adminIndicators,
  areas,
  footer,
  partners,
  organisations,
  proposals,
  review,
  matching,
  initiatives,
  engagements,
  following,
  dashboard,
  unsubscribe,
  subscribe,
  moderation,
};

export default en;
