import type { Language } from "~/kernel/i18n/config.ts";

// The hub serves Shiojiri: times are shown in Japan time whatever the server's or visitor's zone.
const timeZone = "Asia/Tokyo";
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(language: Language, withTime: boolean) {
  const key = `${language}:${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "ja" ? "ja-JP" : "en-GB", {
      timeZone,
      year: "numeric",
      month: "short",
      day: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

export function formatDate(language: Language, value: Date | string): string {
  return formatFor(language, false).format(new Date(value));
}

export function formatDateTime(language: Language, value: Date | string): string {
  return formatFor(language, true).format(new Date(value));
}
