// Wording of the notification e-mails (emails/notification*.tsx) and of what notification-content.server.ts writes
// into them; the server adds it to the translation under "emails" (app/locales/ja/emails.ts). The sentence about
// what happened is the in-app one (following.activity). emails.en.ts mirrors every key.
import type { FollowTargetType } from "~/generated/prisma/enums.ts";

const emails = {
  notification: {
    button: "詳しく見る",
    why: "このメールは、{{reason}}ため、お送りしています。",
    settings: "メールの頻度（すぐに・毎日・毎週・受け取らない）やフォローは、アカウント設定で変更できます。",
    unfollow: "{{followed}}のフォローだけをやめるには、次のリンクを開いてください（ログインは不要です）。",
    unsubscribe: "お知らせメールの配信をすべて停止するには、次のリンクを開いてください（ログインは不要です）。",
    /** A digest's group heading: the subject of the activity. */
    subject: {
      INITIATIVE: "取り組み「{{name}}」",
      CHALLENGE: "課題「{{name}}」",
    },
    /** The follow that brought the mail, named. */
    followed: {
      INITIATIVE: "取り組み「{{name}}」",
      CHALLENGE: "課題「{{name}}」",
      STRATEGY: "戦略「{{name}}」",
      FIELD: "分野「{{name}}」",
      AREA: "地域「{{name}}」",
    } satisfies Record<FollowTargetType, string>,
    /** Completes `why`. */
    reason: "{{followed}}をフォローしている",
  },
  "notification-digest": {
    topicDaily: "今日のお知らせ（{{total}}件）",
    topicWeekly: "今週のお知らせ（{{total}}件）",
    leadDaily_one: "フォローしている取り組み・課題などについて、この1日に{{count}}件のお知らせがありました。",
    leadDaily_other: "フォローしている取り組み・課題などについて、この1日に{{count}}件のお知らせがありました。",
    leadWeekly_one: "フォローしている取り組み・課題などについて、この1週間に{{count}}件のお知らせがありました。",
    leadWeekly_other: "フォローしている取り組み・課題などについて、この1週間に{{count}}件のお知らせがありました。",
    settings: "メールの頻度（すぐに・毎日・毎週・受け取らない）やフォローは、アカウント設定で変更できます。",
    unsubscribe: "お知らせメールの配信を停止するには、次のリンクを開いてください（ログインは不要です）。",
  },
};

export default emails;
