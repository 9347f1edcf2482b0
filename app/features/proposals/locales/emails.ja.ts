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
};

export default emails;
