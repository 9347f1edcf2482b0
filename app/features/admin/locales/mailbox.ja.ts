// Strings of the development mailbox (merged into ja.ts under "mailbox"); mailbox.en.ts mirrors every key.
const mailbox = {
  title: "開発用メールボックス",
  lead: "開発環境でシステムが送ったメールです。RESEND_API_KEY が未設定のときは外部に送信されず、ここにだけ届きます。",
  filterTo: "宛先",
  filter: "絞り込む",
  refresh: "最新の状態にする",
  listCaption: "メール（新しい順、最大100件）",
  time: "日時",
  to: "宛先",
  subject: "件名",
  template: "テンプレート",
  status: "状態",
  empty: "メールはまだありません。",
  messageHeading: "メールの内容",
  close: "閉じる",
  notFound: "メールが見つかりません。",
  providerId: "送信ID",
  attempts: "試行回数",
  lastError: "最後のエラー",
  links: "本文中のリンク",
  htmlVersion: "HTML版",
  textVersion: "テキスト版",
  frameTitle: "メール本文（HTML版）：{{subject}}",
};

export default mailbox;
