// The engagement templates coordinators start a scope from, one per kind, in both languages. Seeded once (every
// environment); admins edit them afterwards, so a later seed never overwrites what they wrote.
import type { EngagementKind } from "../../app/generated/prisma/client.ts";

export const engagementTemplates: Array<{
  kind: EngagementKind;
  nameJa: string;
  nameEn: string;
  deliverableJa: string;
  deliverableEn: string;
  hoursPerMonth: number;
  durationDays: number;
  checkInEveryDays: number;
  meetingRhythmJa: string;
  meetingRhythmEn: string;
  cityProvidesJa: string;
  cityProvidesEn: string;
}> = [
  {
    kind: "CONSULTATION",
    nameJa: "1時間の相談",
    nameEn: "One-hour consultation",
    deliverableJa: "担当課の相談に1時間オンラインで応じ、助言の要点を1枚にまとめる。",
    deliverableEn: "One hour online with the department, and a one-page summary of the advice.",
    hoursPerMonth: 2,
    durationDays: 30,
    checkInEveryDays: 14,
    meetingRhythmJa: "1回（オンライン）",
    meetingRhythmEn: "Once (online)",
    cityProvidesJa: "相談内容の事前資料、オンライン会議の設定",
    cityProvidesEn: "Background papers beforehand; the online meeting",
  },
  {
    kind: "PRO_BONO_PROJECT",
    nameJa: "3か月のプロボノ",
    nameEn: "Three-month pro bono project",
    deliverableJa: "3か月で成果物を一つ仕上げ、担当課に引き継ぐ。",
    deliverableEn: "One finished deliverable in three months, handed over to the department.",
    hoursPerMonth: 10,
    durationDays: 91,
    checkInEveryDays: 14,
    meetingRhythmJa: "隔週1回（オンライン30分）",
    meetingRhythmEn: "Every two weeks (30 minutes online)",
    cityProvidesJa: "必要なデータと資料、担当者との連絡窓口、月1回の現地訪問の調整",
    cityProvidesEn: "Data and documents needed, a contact in the department, one site visit a month arranged",
  },
  {
    kind: "PAID_SIDE_JOB",
    nameJa: "副業（有償）",
    nameEn: "Paid side job",
    deliverableJa: "業務委託契約に定める成果物を納品する。",
    deliverableEn: "The deliverable set out in the service contract.",
    hoursPerMonth: 20,
    durationDays: 182,
    checkInEveryDays: 14,
    meetingRhythmJa: "週1回（オンライン）",
    meetingRhythmEn: "Weekly (online)",
    cityProvidesJa: "業務委託契約、必要なアカウントと資料",
    cityProvidesEn: "The service contract, accounts and documents needed",
  },
  {
    kind: "COMPANY_PARTNERSHIP",
    nameJa: "企業との連携",
    nameEn: "Company partnership",
    deliverableJa: "連携協定に沿った共同の取り組みを一つ実施する。",
    deliverableEn: "One joint activity under the partnership agreement.",
    hoursPerMonth: 16,
    durationDays: 365,
    checkInEveryDays: 28,
    meetingRhythmJa: "月1回の定例会",
    meetingRhythmEn: "A monthly meeting",
    cityProvidesJa: "連携協定、会場と広報の協力",
    cityProvidesEn: "The partnership agreement; venues and publicity",
  },
  {
    kind: "RESEARCH",
    nameJa: "研究",
    nameEn: "Research",
    deliverableJa: "調査結果の報告書と、市民向けの報告会1回。",
    deliverableEn: "A research report and one public presentation.",
    hoursPerMonth: 12,
    durationDays: 182,
    checkInEveryDays: 28,
    meetingRhythmJa: "月1回（オンライン）",
    meetingRhythmEn: "Monthly (online)",
    cityProvidesJa: "統計データの提供、調査協力者の紹介",
    cityProvidesEn: "Statistics; introductions to people to interview",
  },
];
