// The dashboard's figures as open data: one long CSV (a row per figure, columns in dashboardCsvColumns) and a JSON
// document with the same figures, a description of its parts and the licence. Both are built from the same
// DashboardData, so a number can never differ between the page, the CSV and the JSON.
import type { DashboardData, Figures } from "~/features/dashboard/dashboard.server.ts";
import {
  dashboardCsvColumns,
  dashboardMatchStages,
  initiativeStatuses,
  proposalGroups,
  SMALL_COUNT_THRESHOLD,
  SUPPRESSED_TEXT,
  trendMetrics,
  type DashboardCsvColumn,
} from "./dashboard.ts";
import { csvDocument } from "~/kernel/csv.server.ts";
import { openDataLicence } from "~/features/challenges/index.ts";

type CsvRow = Record<DashboardCsvColumn, string>;

const countUnit = { ja: "件", en: "count" };
const partnerUnit = { ja: "件（個人・団体）", en: "partners" };

function row(values: Partial<CsvRow>): CsvRow {
  const complete = Object.fromEntries(dashboardCsvColumns.map((column) => [column, ""])) as CsvRow;
  return { ...complete, unit_ja: countUnit.ja, unit_en: countUnit.en, licence: openDataLicence.id, ...values };
}

/** Rows for one strategy's or field's figures: measure + category, e.g. matches / AGREED. */
function figureRows(dataset: "strategies" | "fields", scope: { code: string; nameJa: string; nameEn: string }, figures: Figures): CsvRow[] {
  const base = { dataset, scope: scope.code, scope_name_ja: scope.nameJa, scope_name_en: scope.nameEn };
  return [
    row({ ...base, measure: "open_challenges", value: String(figures.openChallenges) }),
    ...proposalGroups.map((group) => row({ ...base, measure: "proposals", category: group, value: String(figures.proposals[group]) })),
    ...dashboardMatchStages.map((stage) => row({ ...base, measure: "matches", category: stage, value: String(figures.matches[stage]) })),
    ...initiativeStatuses.map((status) =>
      row({ ...base, measure: "initiatives", category: status, value: String(figures.initiatives[status]) }),
    ),
    row({
      ...base,
      measure: "partners_interested",
      value: String(figures.partnersInterested),
      unit_ja: partnerUnit.ja,
      unit_en: partnerUnit.en,
    }),
  ];
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export function dashboardCsvRows(data: DashboardData): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const strategy of data.strategies) rows.push(...figureRows("strategies", strategy, strategy.figures));
  for (const strategy of data.strategies)
    for (const field of strategy.fields) rows.push(...figureRows("fields", { ...field, code: String(field.number) }, field.figures));
  for (const prefecture of data.partnersByPrefecture) {
    rows.push(
      row({
        dataset: "partnersByPrefecture",
        scope: String(prefecture.code),
        scope_name_ja: prefecture.nameJa,
        scope_name_en: prefecture.nameEn,
        measure: "partners",
        value: prefecture.suppressed ? SUPPRESSED_TEXT : String(prefecture.count),
        unit_ja: partnerUnit.ja,
        unit_en: partnerUnit.en,
      }),
    );
  }
  rows.push(
    row({
      dataset: "partnersByPrefecture",
      scope: "abroad",
      scope_name_ja: "海外",
      scope_name_en: "Abroad",
      measure: "partners",
      value: data.partnersAbroad.suppressed ? SUPPRESSED_TEXT : String(data.partnersAbroad.count),
      unit_ja: partnerUnit.ja,
      unit_en: partnerUnit.en,
    }),
  );
  for (const entry of data.partnersByRelationship) {
    rows.push(
      row({
        dataset: "partnersByRelationship",
        scope: entry.relationship,
        measure: "partners",
        value: String(entry.count),
        unit_ja: partnerUnit.ja,
        unit_en: partnerUnit.en,
      }),
    );
  }
  for (const metric of trendMetrics) {
    const series = data.trend.series[metric];
    data.trend.months.forEach((month, index) => {
      rows.push(
        row({
          dataset: "trend",
          scope: "hub",
          measure: snake(metric),
          category: "monthly",
          period: month,
          value: String(series.monthly[index]),
        }),
      );
      rows.push(
        row({
          dataset: "trend",
          scope: "hub",
          measure: snake(metric),
          category: "cumulative",
          period: month,
          value: String(series.cumulative[index]),
        }),
      );
    });
  }
  for (const indicator of data.indicators) {
    const base = {
      dataset: "indicators",
      scope: indicator.key,
      scope_name_ja: indicator.nameJa,
      scope_name_en: indicator.nameEn,
      unit_ja: indicator.unitJa,
      unit_en: indicator.unitEn,
    };
    if (indicator.baseline)
      rows.push(row({ ...base, measure: "baseline", period: String(indicator.baseline.year), value: String(indicator.baseline.value) }));
    for (const value of indicator.values)
      rows.push(row({ ...base, measure: "value", period: String(value.year), value: String(value.value) }));
    rows.push(
      row({
        ...base,
        measure: "target",
        category: indicator.target.comparison,
        period: String(indicator.target.year),
        value: String(indicator.target.value),
      }),
    );
    if (indicator.projection)
      rows.push(
        row({ ...base, measure: "projection", period: String(indicator.projection.year), value: String(indicator.projection.value) }),
      );
  }
  for (const outcome of data.outcomes) {
    const base = { dataset: "outcomes", scope: "hub", unit_ja: outcome.unitJa, unit_en: outcome.unitEn };
    rows.push(row({ ...base, measure: "outcome_total", value: String(outcome.total) }));
    rows.push(row({ ...base, measure: "initiatives", value: String(outcome.initiatives), unit_ja: countUnit.ja, unit_en: countUnit.en }));
  }
  return rows;
}

/** The CSV file (format in csv.server.ts). */
export function dashboardCsv(data: DashboardData): string {
  return csvDocument(dashboardCsvRows(data), { header: true, columns: dashboardCsvColumns });
}

/** The JSON document: the figures, what each part holds, the scope, and the terms. */
export function dashboardJson(data: DashboardData, origin: string) {
  return {
    title: { ja: "しおじり共創ハブ ダッシュボード", en: "Shiojiri Co-creation Hub dashboard" },
    source: `${origin}/dashboard`,
    generatedAt: data.generatedAt,
    licence: {
      id: openDataLicence.id,
      name: openDataLicence.name,
      url: openDataLicence.url,
      attribution: "出典：しおじり共創ハブ（塩尻市） / Source: Shiojiri Co-creation Hub (Shiojiri City)",
    },
    filters: data.filters,
    description: {
      strategies:
        "Per basic strategy: openChallenges (status OPEN or MATCHING); proposals by group (IN_REVIEW = SUBMITTED, UNDER_REVIEW, NEEDS_INFO; never DRAFT); matches by current stage; initiatives by current status; partnersInterested (active partners with the strategy as an interest).",
      fields: "The same per strategy field ①–⑨ (in fields[] of each strategy); a challenge or initiative in several fields counts in each.",
      totals: "The strategies' figures added up (partnersInterested is left out: a partner may be interested in several strategies).",
      partnersByPrefecture: `Active partners per prefecture (JIS X 0401 code) and abroad. Counts from 1 to ${SMALL_COUNT_THRESHOLD - 1} are suppressed: count null, suppressed true (the CSV shows "${SUPPRESSED_TEXT}").`,
      partnersByRelationship: "Active partners per relationship to Shiojiri; a partner may have several.",
      trend:
        "Per month (YYYY-MM, Japan time) over the last 24 months: monthly counts and running totals (including everything before the window, in `before`).",
      indicators: "The plan's top outcome indicators: yearly values, baseline, target (AT_LEAST or AT_MOST) and projection.",
      outcomes: "Outcomes recorded by initiatives, summed per unit, with the number of initiatives.",
    },
    strategies: data.strategies,
    totals: data.totals,
    partnersByPrefecture: data.partnersByPrefecture,
    partnersAbroad: data.partnersAbroad,
    partnersByRelationship: data.partnersByRelationship,
    trend: data.trend,
    indicators: data.indicators,
    outcomes: data.outcomes,
  };
}
