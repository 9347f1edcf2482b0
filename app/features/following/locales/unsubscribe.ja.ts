// Strings of the one-click unsubscribe page (/unsubscribe/<token>), merged into ja.ts under "unsubscribe".
const unsubscribe = {
  title: "お知らせメールの配信停止",
  metaDescription: "しおじり共創ハブからのお知らせメールを停止します。",
  leadAll: "フォローしている取り組み・課題・地域などのお知らせメール（すぐに届くメールと、毎日・毎週のまとめ）を停止します。",
  leadFollow: "{{type}}「{{name}}」のフォローをやめ、そのお知らせを受け取らないようにします。",
  inAppStays: "ハブにログインしたときの「お知らせ」一覧には、これまでどおり表示されます。",
  noSignIn: "ログインは必要ありません。",
  confirmAll: "お知らせメールを停止する",
  confirmFollow: "フォローをやめる",
  doneAll: "お知らせメールを停止しました。今後、お知らせのメールは届きません。",
  doneFollow: "{{type}}「{{name}}」のフォローをやめました。",
  alreadyAll: "お知らせメールはすでに停止しています。",
  alreadyFollow: "{{type}}「{{name}}」はすでにフォローしていません。",
  settingsLink: "メールの頻度やフォローを変更する（ログインが必要です）",
  invalidTitle: "このリンクは使えません",
  invalid:
    "配信停止のリンクが正しくないか、途中で切れています。メールに記載されたリンクをそのまま開いてください。ログインすると、アカウント設定からいつでもメールを停止できます。",
  targetType: {
    CHALLENGE: "課題",
    INITIATIVE: "取り組み",
    STRATEGY: "戦略",
    FIELD: "分野",
    AREA: "地域",
  },
};

export default unsubscribe;
