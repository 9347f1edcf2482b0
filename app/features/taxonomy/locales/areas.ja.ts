// Strings of the areas index and the area pages (merged into ja.ts under "areas"); areas.en.ts mirrors every key.
const areas = {
  indexTitle: "地区・エリア",
  indexLead: "塩尻市の10地区、広域の松本平、オンライン。それぞれの地域課題・取り組み・関心を寄せるパートナーを見られます。",
  footerLink: "地区・エリア",
  breadcrumb: "地区・エリア",
  figuresLabel: "{{name}}の数字",
  figures: {
    challenges: "公開中の地域課題",
    openChallenges: "募集中",
    initiatives: "取り組み",
    partners: "関心のあるパートナー",
  },
  challengesHeading: "この地域の地域課題",
  statusFilter: "状況で絞り込む",
  apply: "表示する",
  allStatuses: "すべての状況",
  statusCount: "{{count}}件",
  noChallenges: "この地域の地域課題はまだありません。",
  noChallengesOfStatus: "この状況の地域課題はありません。",
  viewAllOfStatus: "「{{status}}」の地域課題をすべて見る",
  partnersHeading: "この地域に関心のあるパートナー",
  partnersNote: "公開名簿に載っているパートナーだけを表示しています。",
  noPartners: "この地域に関心を寄せる公開パートナーはまだいません。",
  morePartners: "ほか{{count}}件",
  partnerKind: {
    INDIVIDUAL: "個人",
    ORGANISATION: "団体",
  },
};

export default areas;
