// Where partners are and what they speak: the 47 prefectures (JIS X 0401) grouped by region, common countries for
// partners abroad, the working languages a profile may list, and the labels of the relationships to Shiojiri.
// Client-safe (no server imports): the profile editor, the directory filters and the server all use it.
import type { TFunction } from "i18next";

export const regionKeys = ["hokkaido", "tohoku", "kanto", "chubu", "kinki", "chugoku", "shikoku", "kyushu"] as const;
export type RegionKey = (typeof regionKeys)[number];

export const regions: Record<RegionKey, { nameJa: string; nameEn: string }> = {
  hokkaido: { nameJa: "北海道", nameEn: "Hokkaido" },
  tohoku: { nameJa: "東北", nameEn: "Tohoku" },
  kanto: { nameJa: "関東", nameEn: "Kanto" },
  chubu: { nameJa: "中部", nameEn: "Chubu" },
  kinki: { nameJa: "近畿", nameEn: "Kinki (Kansai)" },
  chugoku: { nameJa: "中国", nameEn: "Chugoku" },
  shikoku: { nameJa: "四国", nameEn: "Shikoku" },
  kyushu: { nameJa: "九州・沖縄", nameEn: "Kyushu and Okinawa" },
};

export type Prefecture = {
  /** JIS X 0401 code, 1–47 (the value stored in PartnerProfile.prefectureCode). */
  code: number;
  nameJa: string;
  nameEn: string;
  region: RegionKey;
  /**
   * Approximate road distance in km from Shiojiri City to the prefectural capital (Nagano: to Nagano City), for
   * ranking nearby partners in matching. Rounded; Hokkaido and Okinawa include the sea crossing as if by road.
   */
  distanceKm: number;
  /**
   * Travel time in minutes, one way, from the prefectural capital's main station to Shiojiri Station: the faster of
   * the regular public-transport connection (transfers included) and the car. What matching's "reach" uses for
   * on-site work; the table, how it was made and its source are in docs/decisions/0021-matching-reads-text.md.
   */
  travelMinutes: number;
};

export const prefectures: readonly Prefecture[] = [
  { code: 1, nameJa: "北海道", nameEn: "Hokkaido", region: "hokkaido", distanceKm: 1250, travelMinutes: 240 },
  { code: 2, nameJa: "青森県", nameEn: "Aomori", region: "tohoku", distanceKm: 830, travelMinutes: 390 },
  { code: 3, nameJa: "岩手県", nameEn: "Iwate", region: "tohoku", distanceKm: 680, travelMinutes: 330 },
  { code: 4, nameJa: "宮城県", nameEn: "Miyagi", region: "tohoku", distanceKm: 500, travelMinutes: 260 },
  { code: 5, nameJa: "秋田県", nameEn: "Akita", region: "tohoku", distanceKm: 620, travelMinutes: 420 },
  { code: 6, nameJa: "山形県", nameEn: "Yamagata", region: "tohoku", distanceKm: 470, travelMinutes: 360 },
  { code: 7, nameJa: "福島県", nameEn: "Fukushima", region: "tohoku", distanceKm: 420, travelMinutes: 250 },
  { code: 8, nameJa: "茨城県", nameEn: "Ibaraki", region: "kanto", distanceKm: 330, travelMinutes: 260 },
  { code: 9, nameJa: "栃木県", nameEn: "Tochigi", region: "kanto", distanceKm: 290, travelMinutes: 210 },
  { code: 10, nameJa: "群馬県", nameEn: "Gunma", region: "kanto", distanceKm: 190, travelMinutes: 160 },
  { code: 11, nameJa: "埼玉県", nameEn: "Saitama", region: "kanto", distanceKm: 210, travelMinutes: 150 },
  { code: 12, nameJa: "千葉県", nameEn: "Chiba", region: "kanto", distanceKm: 260, travelMinutes: 220 },
  { code: 13, nameJa: "東京都", nameEn: "Tokyo", region: "kanto", distanceKm: 210, travelMinutes: 160 },
  { code: 14, nameJa: "神奈川県", nameEn: "Kanagawa", region: "kanto", distanceKm: 220, travelMinutes: 200 },
  { code: 15, nameJa: "新潟県", nameEn: "Niigata", region: "chubu", distanceKm: 250, travelMinutes: 230 },
  { code: 16, nameJa: "富山県", nameEn: "Toyama", region: "chubu", distanceKm: 180, travelMinutes: 150 },
  { code: 17, nameJa: "石川県", nameEn: "Ishikawa", region: "chubu", distanceKm: 240, travelMinutes: 190 },
  { code: 18, nameJa: "福井県", nameEn: "Fukui", region: "chubu", distanceKm: 280, travelMinutes: 200 },
  { code: 19, nameJa: "山梨県", nameEn: "Yamanashi", region: "chubu", distanceKm: 100, travelMinutes: 70 },
  { code: 20, nameJa: "長野県", nameEn: "Nagano", region: "chubu", distanceKm: 75, travelMinutes: 60 },
  { code: 21, nameJa: "岐阜県", nameEn: "Gifu", region: "chubu", distanceKm: 200, travelMinutes: 150 },
  { code: 22, nameJa: "静岡県", nameEn: "Shizuoka", region: "chubu", distanceKm: 220, travelMinutes: 170 },
  { code: 23, nameJa: "愛知県", nameEn: "Aichi", region: "chubu", distanceKm: 180, travelMinutes: 120 },
  { code: 24, nameJa: "三重県", nameEn: "Mie", region: "kinki", distanceKm: 250, travelMinutes: 190 },
  { code: 25, nameJa: "滋賀県", nameEn: "Shiga", region: "kinki", distanceKm: 300, travelMinutes: 180 },
  { code: 26, nameJa: "京都府", nameEn: "Kyoto", region: "kinki", distanceKm: 320, travelMinutes: 170 },
  { code: 27, nameJa: "大阪府", nameEn: "Osaka", region: "kinki", distanceKm: 360, travelMinutes: 190 },
  { code: 28, nameJa: "兵庫県", nameEn: "Hyogo", region: "kinki", distanceKm: 390, travelMinutes: 210 },
  { code: 29, nameJa: "奈良県", nameEn: "Nara", region: "kinki", distanceKm: 350, travelMinutes: 220 },
  { code: 30, nameJa: "和歌山県", nameEn: "Wakayama", region: "kinki", distanceKm: 420, travelMinutes: 250 },
  { code: 31, nameJa: "鳥取県", nameEn: "Tottori", region: "chugoku", distanceKm: 520, travelMinutes: 330 },
  { code: 32, nameJa: "島根県", nameEn: "Shimane", region: "chugoku", distanceKm: 600, travelMinutes: 360 },
  { code: 33, nameJa: "岡山県", nameEn: "Okayama", region: "chugoku", distanceKm: 510, travelMinutes: 230 },
  { code: 34, nameJa: "広島県", nameEn: "Hiroshima", region: "chugoku", distanceKm: 660, travelMinutes: 270 },
  { code: 35, nameJa: "山口県", nameEn: "Yamaguchi", region: "chugoku", distanceKm: 800, travelMinutes: 320 },
  { code: 36, nameJa: "徳島県", nameEn: "Tokushima", region: "shikoku", distanceKm: 510, travelMinutes: 300 },
  { code: 37, nameJa: "香川県", nameEn: "Kagawa", region: "shikoku", distanceKm: 520, travelMinutes: 280 },
  { code: 38, nameJa: "愛媛県", nameEn: "Ehime", region: "shikoku", distanceKm: 680, travelMinutes: 360 },
  { code: 39, nameJa: "高知県", nameEn: "Kochi", region: "shikoku", distanceKm: 640, travelMinutes: 360 },
  { code: 40, nameJa: "福岡県", nameEn: "Fukuoka", region: "kyushu", distanceKm: 930, travelMinutes: 270 },
  { code: 41, nameJa: "佐賀県", nameEn: "Saga", region: "kyushu", distanceKm: 980, travelMinutes: 330 },
  { code: 42, nameJa: "長崎県", nameEn: "Nagasaki", region: "kyushu", distanceKm: 1080, travelMinutes: 360 },
  { code: 43, nameJa: "熊本県", nameEn: "Kumamoto", region: "kyushu", distanceKm: 1030, travelMinutes: 330 },
  { code: 44, nameJa: "大分県", nameEn: "Oita", region: "kyushu", distanceKm: 1000, travelMinutes: 360 },
  { code: 45, nameJa: "宮崎県", nameEn: "Miyazaki", region: "kyushu", distanceKm: 1180, travelMinutes: 390 },
  { code: 46, nameJa: "鹿児島県", nameEn: "Kagoshima", region: "kyushu", distanceKm: 1200, travelMinutes: 360 },
  { code: 47, nameJa: "沖縄県", nameEn: "Okinawa", region: "kyushu", distanceKm: 1900, travelMinutes: 360 },
];

const prefectureByCode = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture]));

export function findPrefecture(code: number | null | undefined): Prefecture | undefined {
  return code === null || code === undefined ? undefined : prefectureByCode.get(code);
}

export function prefecturesOfRegion(region: RegionKey): Prefecture[] {
  return prefectures.filter((prefecture) => prefecture.region === region);
}

/** Countries partners abroad most often live in (ISO 3166-1 alpha-2); "ZZ" stands for any other. */
export const countries: readonly { code: string; nameJa: string; nameEn: string }[] = [
  { code: "US", nameJa: "アメリカ合衆国", nameEn: "United States" },
  { code: "CA", nameJa: "カナダ", nameEn: "Canada" },
  { code: "BR", nameJa: "ブラジル", nameEn: "Brazil" },
  { code: "PE", nameJa: "ペルー", nameEn: "Peru" },
  { code: "GB", nameJa: "イギリス", nameEn: "United Kingdom" },
  { code: "FR", nameJa: "フランス", nameEn: "France" },
  { code: "DE", nameJa: "ドイツ", nameEn: "Germany" },
  { code: "IT", nameJa: "イタリア", nameEn: "Italy" },
  { code: "ES", nameJa: "スペイン", nameEn: "Spain" },
  { code: "NL", nameJa: "オランダ", nameEn: "Netherlands" },
  { code: "SE", nameJa: "スウェーデン", nameEn: "Sweden" },
  { code: "CH", nameJa: "スイス", nameEn: "Switzerland" },
  { code: "CN", nameJa: "中国", nameEn: "China" },
  { code: "TW", nameJa: "台湾", nameEn: "Taiwan" },
  { code: "HK", nameJa: "香港", nameEn: "Hong Kong" },
  { code: "KR", nameJa: "韓国", nameEn: "South Korea" },
  { code: "MN", nameJa: "モンゴル", nameEn: "Mongolia" },
  { code: "VN", nameJa: "ベトナム", nameEn: "Vietnam" },
  { code: "TH", nameJa: "タイ", nameEn: "Thailand" },
  { code: "PH", nameJa: "フィリピン", nameEn: "Philippines" },
  { code: "ID", nameJa: "インドネシア", nameEn: "Indonesia" },
  { code: "MY", nameJa: "マレーシア", nameEn: "Malaysia" },
  { code: "SG", nameJa: "シンガポール", nameEn: "Singapore" },
  { code: "NP", nameJa: "ネパール", nameEn: "Nepal" },
  { code: "IN", nameJa: "インド", nameEn: "India" },
  { code: "AU", nameJa: "オーストラリア", nameEn: "Australia" },
  { code: "NZ", nameJa: "ニュージーランド", nameEn: "New Zealand" },
  { code: "ZZ", nameJa: "その他の国・地域", nameEn: "Another country or region" },
];

const countryByCode = new Map(countries.map((country) => [country.code, country]));

export function findCountry(code: string | null | undefined) {
  return code ? countryByCode.get(code) : undefined;
}

/** Languages a partner may work in (ISO 639-1), each with its own name so speakers recognise it. */
export const partnerLanguages: readonly { code: string; nameJa: string; nameEn: string; nativeName: string }[] = [
  { code: "ja", nameJa: "日本語", nameEn: "Japanese", nativeName: "日本語" },
  { code: "en", nameJa: "英語", nameEn: "English", nativeName: "English" },
  { code: "zh", nameJa: "中国語", nameEn: "Chinese", nativeName: "中文" },
  { code: "ko", nameJa: "韓国語", nameEn: "Korean", nativeName: "한국어" },
  { code: "pt", nameJa: "ポルトガル語", nameEn: "Portuguese", nativeName: "Português" },
  { code: "es", nameJa: "スペイン語", nameEn: "Spanish", nativeName: "Español" },
  { code: "vi", nameJa: "ベトナム語", nameEn: "Vietnamese", nativeName: "Tiếng Việt" },
  { code: "tl", nameJa: "タガログ語", nameEn: "Tagalog", nativeName: "Tagalog" },
  { code: "id", nameJa: "インドネシア語", nameEn: "Indonesian", nativeName: "Bahasa Indonesia" },
  { code: "th", nameJa: "タイ語", nameEn: "Thai", nativeName: "ไทย" },
  { code: "ne", nameJa: "ネパール語", nameEn: "Nepali", nativeName: "नेपाली" },
  { code: "fr", nameJa: "フランス語", nameEn: "French", nativeName: "Français" },
  { code: "de", nameJa: "ドイツ語", nameEn: "German", nativeName: "Deutsch" },
];

export const partnerLanguageCodes = partnerLanguages.map((language) => language.code);

const languageByCode = new Map(partnerLanguages.map((language) => [language.code, language]));

export function findPartnerLanguage(code: string) {
  return languageByCode.get(code);
}

/** The relationships to Shiojiri, in the order the plan lists them (出身 … その他). */
export const shiojiriRelationships = [
  "BIRTHPLACE",
  "FORMER_RESIDENT",
  "COMMUTE",
  "VISITOR",
  "FURUSATO_NOZEI",
  "DUAL_RESIDENCE",
  "BUSINESS",
  "OTHER",
] as const;
export type ShiojiriRelationshipName = (typeof shiojiriRelationships)[number];

/** 出身, 在住経験, … in the reader's language. */
export function relationshipLabel(t: TFunction, relationship: ShiojiriRelationshipName): string {
  return t(`partners.relationship.${relationship}`);
}

type Named = { nameJa: string; nameEn: string };

export function localName(language: string, named: Named): string {
  return language === "en" ? named.nameEn : named.nameJa;
}

/** Where a partner is, in one phrase: "東京都", "Brazil", or null when not given. */
export function homeLabel(language: string, home: { prefectureCode: number | null; countryCode: string | null }): string | null {
  const prefecture = findPrefecture(home.prefectureCode);
  if (prefecture) return localName(language, prefecture);
  const country = findCountry(home.countryCode);
  return country ? localName(language, country) : null;
}

/** A region filter value: a region key, a prefecture code ("13") or "abroad". */
export type RegionFilter = { kind: "region"; region: RegionKey } | { kind: "prefecture"; code: number } | { kind: "abroad" };

export function parseRegionFilter(value: string | null | undefined): RegionFilter | undefined {
  if (!value) return undefined;
  if (value === "abroad") return { kind: "abroad" };
  if ((regionKeys as readonly string[]).includes(value)) return { kind: "region", region: value as RegionKey };
  if (/^[1-9]\d?$/.test(value) && prefectureByCode.has(Number(value))) return { kind: "prefecture", code: Number(value) };
  return undefined;
}
