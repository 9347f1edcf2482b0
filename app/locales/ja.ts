// Japanese is the source language: every key here must also exist in en.ts (the type checker enforces it).
// Each feature keeps its sections beside its code (app/features/<feature>/locales/<section>.<lang>.ts); the sections
// that belong to no feature (site, navigation, language switcher, validation, roles, pagination, flash messages, errors) stay here.
import errors, { siteName } from "./ja/errors.ts";
import account from "~/features/accounts/locales/account.ja.ts";
import auth from "~/features/accounts/locales/auth.ja.ts";
import twoFactor from "~/features/accounts/locales/two-factor.ja.ts";
import adminEmails from "~/features/admin/locales/admin-emails.ja.ts";
import admin from "~/features/admin/locales/admin.ja.ts";
import mailbox from "~/features/admin/locales/mailbox.ja.ts";
import challengeForm from "~/features/challenges/locales/challenge-form.ja.ts";
import challenge from "~/features/challenges/locales/challenge.ja.ts";
import coordinate from "~/features/challenges/locales/coordinate.ja.ts";
import feeds from "~/features/challenges/locales/feeds.ja.ts";
import openData from "~/features/challenges/locales/open-data.ja.ts";
import dashboard from "~/features/dashboard/locales/dashboard.ja.ts";
import indicator from "~/features/dashboard/locales/indicator.ja.ts";
import following from "~/features/following/locales/following.ja.ts";
import subscribe from "~/features/following/locales/subscribe.ja.ts";
import unsubscribe from "~/features/following/locales/unsubscribe.ja.ts";
import engagements from "~/features/engagements/locales/engagements.ja.ts";
import initiatives from "~/features/initiatives/locales/initiatives.ja.ts";
import matching from "~/features/matching/locales/matching.ja.ts";
import moderation from "~/features/moderation/locales/moderation.ja.ts";
import organisations from "~/features/partners/locales/organisations.ja.ts";
import partners from "~/features/partners/locales/partners.ja.ts";
import proposals from "~/features/proposals/locales/proposals.ja.ts";
import review from "~/features/proposals/locales/review.ja.ts";
import about from "~/features/site/locales/about.ja.ts";
import footer from "~/features/site/locales/footer.ja.ts";
import home from "~/features/site/locales/home.ja.ts";
import privacy from "~/features/site/locales/privacy.ja.ts";
import adminTaxonomy from "~/features/taxonomy/locales/admin-taxonomy.ja.ts";
import adminIndicators from "~/features/dashboard/locales/admin-indicators.ja.ts";
import areaKind from "~/features/taxonomy/locales/area-kind.ja.ts";
import areas from "~/features/taxonomy/locales/areas.ja.ts";
import field from "~/features/taxonomy/locales/field.ja.ts";
import strategy from "~/features/taxonomy/locales/strategy.ja.ts";

const ja = {
  site: {
    name: siteName,
    tagline: "塩尻市と関係人口がともに地域課題に挑むプラットフォーム",
    operator: "塩尻市",
    cityImage: "多彩な暮らし、叶えるまち。",
    cityImageSub: "— 田園都市しおじり —",
    purpose: "私たちは、地方創新のパイオニアになる",
  },
  nav: {
    skipToContent: "本文へスキップ",
    primary: "メインメニュー",
    work: "業務メニュー",
    home: "ホーム",
    strategies: "基本戦略",
    about: "共創のしくみ",
    challenges: "地域課題",
    partners: "パートナー",
    myProposals: "提案",
    review: "提案の審査",
    breadcrumb: "パンくずリスト",
    account: "アカウント",
    signIn: "ログイン",
    signUp: "登録",
    admin: "管理",
    accountMenu: "アカウントメニュー",
  },
  language: {
    label: "表示言語",
    switchTo: "English",
    switchToLong: "Switch to English",
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
    required: "入力してください。",
    emailInvalid: "メールアドレスの形式が正しくありません（例：name@example.jp）。",
    emailTooLong: "メールアドレスは{{emailMax}}文字以内で入力してください。",
    passwordTooShort: "パスワードは{{passwordMin}}文字以上にしてください。",
    passwordTooLong: "パスワードは{{passwordMax}}文字以内にしてください。",
    passwordCommon: "このパスワードはよく使われていて推測されやすいため使えません。別のパスワードにしてください。",
    passwordsDiffer: "確認用のパスワードが一致しません。",
    nameTooLong: "表示名は{{nameMax}}文字以内で入力してください。",
    codeInvalid: "6桁の数字を入力してください。",
    invalidChoice: "選択肢から選んでください。",
    invalid: "入力内容を受け付けられませんでした。もう一度入力してください。",
    tooLong: "{{max}}文字以内で入力してください。",
    acceptPrivacy: "登録にはプライバシーポリシーへの同意が必要です。",
    confirmDeletion: "削除してよいことを確認するため、チェックを入れてください。",
  },
  auth,
  twoFactor,
  account,
  roles: {
    RESIDENT: "市民",
    PARTNER: "パートナー",
    COORDINATOR: "コーディネーター",
    COORDINATOR_LEAD: "コーディネーター統括",
    ADMIN: "管理者",
    MODERATOR: "モデレーター",
  },
  admin,
  pagination: {
    label: "ページ送り",
    previous: "前へ",
    next: "次へ",
    page: "{{page}} / {{pages}}ページ",
  },
  flash: {
    signedIn: "ログインしました。",
    signedOut: "ログアウトしました。",
    signedOutEverywhere: "すべての端末からログアウトしました。",
    emailVerified: "メールアドレスを確認しました。ログインしました。",
    passwordReset: "パスワードを再設定し、ログインしました。",
    passwordChanged: "パスワードを変更しました。ほかの端末はログアウトしました。",
    emailChangeSent: "新しいアドレスに確認メールを送りました（そのアドレスがほかのアカウントで使われていない場合）。",
    emailChanged: "メールアドレスを変更しました。",
    preferencesSaved: "設定を保存しました。",
    accountDeleted: "アカウントを削除しました。ご利用ありがとうございました。",
    roleGranted: "役割を付与しました。",
    roleRevoked: "役割を解除しました。",
    challengeCreated: "地域課題を下書きとして作成しました。",
    challengeSaved: "保存しました。",
    challengePublished: "地域課題を「募集中」にしました。一般に公開されています。",
    challengeStatusChanged: "地域課題の状況を変更しました。",
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

export default ja;
export type Translation = typeof ja;
