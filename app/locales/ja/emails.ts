// E-mail strings, for the server only: resources.server.ts adds them to the translation under "emails" (the browser
// never renders a mail, so they stay out of the pages' language chunks). What every mail shares is here; each
// feature keeps its templates' wording beside it, keyed by template name. en/emails.ts mirrors every key.
import accounts from "~/features/accounts/locales/emails.ja.ts";
import following from "~/features/following/locales/emails.ja.ts";
import engagements from "~/features/engagements/locales/emails.ja.ts";
import matching from "~/features/matching/locales/emails.ja.ts";
import moderation from "~/features/moderation/locales/emails.ja.ts";
import partners from "~/features/partners/locales/emails.ja.ts";
import proposals from "~/features/proposals/locales/emails.ja.ts";

const emails = {
  layout: {
    footerSender: "このメールはしおじり共創ハブ（塩尻市）から送信しています。",
    footerNoReply: "送信専用のアドレスから送っているため、このメールに返信することはできません。",
    linkFallback: "ボタンが使えない場合は、次のURLをブラウザのアドレス欄に貼り付けてください。",
  },
  /** Every subject names the hub (site.name). */
  subject: "【{{hub}}】{{topic}}",
  greeting: {
    named: "{{name}} 様",
    /** When the account has no name yet. */
    anonymous: "こんにちは。",
  },
  /** A link's lifetime as people say it: 「30分」「24時間」「1時間30分」. */
  duration: {
    minutes_one: "{{count}}分",
    minutes_other: "{{count}}分",
    hours_one: "{{count}}時間",
    hours_other: "{{count}}時間",
    hoursAndMinutes: "{{hours}}{{minutes}}",
  },
  ...accounts,
  ...partners,
  ...proposals,
  ...matching,
  ...engagements,
  ...following,
  ...moderation,
};

export default emails;
export type EmailTranslation = typeof emails;
