// The site's name and its error pages' texts: also read by the root's meta for error pages, which must not
// pull in the whole translation (the browser loads only the page's language, see entry.client.tsx).
export const siteName = "しおじり共創ハブ";

const errors = {
  forbidden: {
    title: "このページを表示する権限がありません",
    body: "このページは、権限を持つ役割（コーディネーターや管理者など）のアカウントだけが利用できます。必要な場合は管理者にお問い合わせください。",
  },
  notFound: {
    title: "ページが見つかりません",
    body: "お探しのページは移動または削除されたか、URLが間違っている可能性があります。",
    home: "ホームへ戻る",
  },
  error: {
    title: "エラーが発生しました",
    body: "ページを表示できませんでした。時間をおいてもう一度お試しください。",
    status: "ステータス {{status}}",
  },
  unavailable: {
    title: "ただいまご利用いただけません",
    body: "システムが一時的に応答していません。数秒から数十秒後にもう一度お試しください。送信した内容が保存されたかどうかは、再読み込みしてご確認ください。",
    retry: "もう一度読み込む",
  },
};

export default errors;
