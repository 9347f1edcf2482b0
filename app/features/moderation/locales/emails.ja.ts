// メールの文言（moderation-notice）。
const emails = {
  "moderation-notice": {
    topics: {
      CONTENT_HIDDEN: "投稿を非表示にしました",
      CONTENT_RESTORED: "投稿を表示に戻しました",
      ACCOUNT_SUSPENDED: "アカウントを利用停止にしました",
      ACCOUNT_UNSUSPENDED: "アカウントの利用停止を解除しました",
    },
    preview: "ハブのモデレーターからのお知らせです。",
    bodies: {
      CONTENT_HIDDEN:
        "しおじり共創ハブのモデレーターが、あなたの「{{label}}」（{{kind}}）を公開ページから非表示にしました。内容は市の記録として保管されています。",
      CONTENT_RESTORED: "しおじり共創ハブのモデレーターが、あなたの「{{label}}」（{{kind}}）を表示に戻しました。",
      ACCOUNT_SUSPENDED:
        "しおじり共創ハブのモデレーターが、あなたのアカウントを利用停止にしました。サインインできず、公開プロフィールは非表示になります。提出済みの協働提案は市の記録として残ります。",
      ACCOUNT_UNSUSPENDED: "しおじり共創ハブのモデレーターが、あなたのアカウントの利用停止を解除しました。再びサインインできます。",
    },
    reason: "理由：{{reason}}",
    note: "モデレーターより：{{note}}",
    notices: "これまでのお知らせは、ハブの次のページで確認できます。",
    contact: "この対応に納得できない場合は、塩尻市 地方創生推進課までご連絡ください。",
  },
};

export default emails;
