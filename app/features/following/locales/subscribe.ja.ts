// Strings of the activity feeds (Atom) and calendar feeds (iCal), merged into ja.ts under "subscribe";
// subscribe.en.ts mirrors every key.
const subscribe = {
  links: {
    heading: "アカウントなしでフォロー",
    hint: "フィードリーダーやカレンダーアプリに登録すると、アカウントがなくても新しい動きや予定を受け取れます。",
    atom: "フィードでフォロー (Atom)",
    ical: "カレンダーに追加 (iCal)",
    atomTitle: "{{label}}の動き（Atom）",
    icalTitle: "{{label}}の予定（iCal）",
    hubCalendar: "しおじり共創ハブのすべての予定",
  },
  atom: {
    titleInitiative: "取り組み「{{title}}」の動き | しおじり共創ハブ",
    titleStrategy: "基本戦略 {{code}}：{{name}}の動き | しおじり共創ハブ",
    titleField: "{{mark}} {{name}}の動き | しおじり共創ハブ",
    titleArea: "{{name}}の動き | しおじり共創ハブ",
    subtitle: "しおじり共創ハブの新しい動き（地域課題の公開と状況の変化、取り組みの活動報告・状況・マイルストーン・成果）です。",
    milestoneOn: "予定日：{{date}}",
    outcome: "{{label}}：{{value}} {{unit}}",
    reason: "理由：{{reason}}",
    writtenIn: "この活動報告は英語で書かれています。",
  },
  calendar: {
    nameAll: "しおじり共創ハブの予定",
    nameFiltered: "しおじり共創ハブの予定（{{filters}}）",
    nameInitiative: "取り組み「{{title}}」の予定",
    description: "しおじり共創ハブの取り組みのマイルストーン・イベントと、地域課題の応募締切です。",
    descriptionInitiative: "しおじり共創ハブの取り組み「{{title}}」のマイルストーンとイベントです。",
    kind: {
      MILESTONE: "マイルストーン",
      EVENT: "イベント",
      DEADLINE: "応募締切",
    },
    hubSummary: "{{title}}（{{initiative}}）",
    deadlineSummary: "応募締切：{{title}}",
    achieved: "達成：{{date}}",
    initiativeLine: "取り組み：{{title}}",
    challengeLine: "地域課題：{{title}}",
  },
  openData: {
    heading: "活動フィード（Atom）とカレンダー（iCal）",
    intro:
      "地域課題の公開や状況の変化、取り組みの活動報告・マイルストーン・成果を、アカウントなしでフィードリーダーで受け取れます。各{{limit}}件まで、新しい順です。取り組みのマイルストーンとイベント、地域課題の応募締切はカレンダーアプリに登録できます（iCalendar 形式）。",
    language: "言語：?lng=ja または ?lng=en を付けると指定できます。存在しない取り組み・基本戦略・分野・地区は HTTP 404 です。",
    calendarFilters: "/calendar.ics には ?strategy=A、?field=4、?area=narakawa を付けて絞り込めます。1年前以降の予定が入ります。",
    activity: {
      initiative: "取り組みごとの動き",
      strategy: "基本戦略（A・B・C）ごとの動き",
      field: "戦略分野（1〜9）ごとの動き",
      area: "地区・エリアごとの動き",
    },
    calendar: {
      all: "すべての取り組みの予定と地域課題の応募締切",
      initiative: "取り組みごとのマイルストーンとイベント",
    },
  },
};

export default subscribe;
