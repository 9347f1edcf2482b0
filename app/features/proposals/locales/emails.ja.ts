// Wording of the proposal e-mails (emails/proposal-*.tsx); the server adds them to the translation under "emails"
// (app/locales/ja/emails.ts). Status names are the app's own (proposals.status). emails.en.ts mirrors every key.
import type { ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";

const emails = {
  "proposal-assigned": {
    topic: "協働提案 No.{{number}} の担当になりました",
    preview: "{{by}}さんが、協働提案の確認をあなたに割り当てました。",
    body: "{{by}}さんが、次の協働提案の担当をあなたに割り当てました。",
    proposal: "No.{{number}}「{{title}}」",
    partner: "提案者：{{name}}",
    button: "提案を確認する",
    signIn: "確認にはコーディネーターのアカウントでのログインが必要です。",
  },
  "proposal-status-changed": {
    topic: "協働提案「{{title}}」: {{status}}",
    preview: "協働提案 No.{{number}} の状況が「{{status}}」になりました。",
    changed: "{{partner}} の協働提案 No.{{number}}「{{title}}」の状況が「{{from}}」から「{{to}}」に変わりました。",
    /** What the move means for the reader; empty where there is nothing to add. */
    next: {
      DRAFT: "",
      SUBMITTED: "内容を確認し、審査を進めてください。",
      UNDER_REVIEW: "コーディネーターが内容を確認しています。結果はこのメールと同じ方法でお知らせします。",
      NEEDS_INFO: "コーディネーターが追加の情報を求めています。次のコメントを読み、提案を編集して再提出してください。",
      ACCEPTED: "提案が採択されました。今後の進め方はコーディネーターからスレッドでご連絡します。",
      DECLINED: "今回は見送りとなりました。理由は次のとおりです。ご提案ありがとうございました。",
      WITHDRAWN: "提案者が提案を取り下げました。対応は必要ありません。",
    } satisfies Record<ProposalStatusName, string>,
    reasonLabel: "コメント：",
    changedBy: "変更した人：{{name}}",
    button: "提案を開く",
  },
  "proposal-message": {
    topic: "協働提案「{{title}}」に新しいメッセージ",
    preview: "{{author}} さんからのメッセージ",
    introCoordinator: "コーディネーターの {{author}} さんが、{{partner}} の協働提案 No.{{number}}「{{title}}」にメッセージを書きました。",
    introPartner: "{{partner}} の {{author}} さんが、協働提案 No.{{number}}「{{title}}」にメッセージを書きました。",
    truncated: "（続きはハブで読めます）",
    replyHint: "返信はこのメールではなく、次のボタンから提案のページで書いてください。",
    button: "メッセージを読んで返信する",
  },
  "proposal-deadline": {
    topic: {
      RESPONSE_DUE: "協働提案 No.{{number}} の最初の返答期限が近づいています",
      RESPONSE_OVERDUE: "協働提案 No.{{number}} の最初の返答が期限を過ぎています",
      NEEDS_INFO_REMINDER: "協働提案「{{title}}」: 追加情報をお待ちしています",
      NEEDS_INFO_CLOSED: "協働提案「{{title}}」をいったん終了しました",
      NEEDS_INFO_CLOSED_STAFF: "協働提案 No.{{number}} を返答がないため終了しました",
    },
    body: {
      RESPONSE_DUE:
        "{{partner}} の協働提案 No.{{number}}「{{title}}」に、まだ最初の返答をしていません。{{due}}までに、審査を始めるか、スレッドで返信してください。",
      RESPONSE_OVERDUE:
        "{{partner}} の協働提案 No.{{number}}「{{title}}」への最初の返答期限（{{due}}）が過ぎました。担当：{{assignee}}。担当者と状況を確認してください。",
      NEEDS_INFO_REMINDER:
        "協働提案 No.{{number}}「{{title}}」について、コーディネーターが追加の情報をお待ちしています。{{due}}までにお返事がない場合は、提案をいったん終了します。ご都合が合わないときも、スレッドで一言お知らせください。",
      NEEDS_INFO_CLOSED:
        "協働提案 No.{{number}}「{{title}}」は、しばらくお返事がなかったため、いったん終了しました。ご事情があったことと思います。準備が整いましたら、いつでも新しい提案をお送りください。",
      NEEDS_INFO_CLOSED_STAFF:
        "{{partner}} の協働提案 No.{{number}}「{{title}}」は、追加情報の依頼に返答がないまま期限（{{due}}）を迎えたため、ハブが終了しました。",
    },
    unassigned: "未割り当て",
    button: "提案を開く",
  },
};

export default emails;
