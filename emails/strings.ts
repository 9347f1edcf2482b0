// Strings every template shares: the hub's name, greeting, footer and how a time limit reads. Each template
// keeps its own wording next to its markup, so a translator sees one message at a time.

export type EmailLanguage = "ja" | "en";

export const hubName: Record<EmailLanguage, string> = {
  ja: "しおじり共創ハブ",
  en: "Shiojiri Co-creation Hub",
};

export const layoutStrings = {
  ja: {
    operator: "塩尻市",
    footerSender: "このメールはしおじり共創ハブ（塩尻市）から送信しています。",
    footerNoReply: "送信専用のアドレスから送っているため、このメールに返信することはできません。",
    linkFallback: "ボタンが使えない場合は、次のURLをブラウザのアドレス欄に貼り付けてください。",
  },
  en: {
    operator: "Shiojiri City",
    footerSender: "This e-mail was sent by the Shiojiri Co-creation Hub (Shiojiri City, Nagano).",
    footerNoReply: "It comes from a send-only address: replies to it are not read.",
    linkFallback: "If the button does not work, copy this address into your browser:",
  },
} satisfies Record<EmailLanguage, Record<string, string>>;

/** 「山田 花子 様」 / "Hello Hanako Yamada," — and a polite greeting when the account has no name yet. */
export function greeting(language: EmailLanguage, displayName: string): string {
  const name = displayName.trim();
  if (language === "ja") return name ? `${name} 様` : "こんにちは。";
  return name ? `Hello ${name},` : "Hello,";
}

/** A link's lifetime as people say it: 「30分」「24時間」, "30 minutes", "1 hour 30 minutes". */
export function formatDuration(language: EmailLanguage, totalMinutes: number): string {
  const minutes = Math.max(1, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (language === "ja") {
    if (hours === 0) return `${rest}分`;
    return rest === 0 ? `${hours}時間` : `${hours}時間${rest}分`;
  }
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  if (hours === 0) return unit(rest, "minute");
  return rest === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(rest, "minute")}`;
}

/** Subjects all read 「【しおじり共創ハブ】…」 in Japanese and "… — Shiojiri Co-creation Hub" in English. */
export function subjectLine(language: EmailLanguage, topic: string): string {
  return language === "ja" ? `【${hubName.ja}】${topic}` : `${topic} — ${hubName.en}`;
}
