// The CSV download of public challenges (format in csv.server.ts), one header row of English column names.
// Rows are read and written 500 at a time as the client takes them, so memory stays flat for any number of rows.
import type { ChallengeFilters } from "~/features/challenges/challenge.server.ts";
import { iteratePublicChallenges, type ExportRow } from "~/features/challenges/challenge-export.server.ts";
import { csvByteOrderMark, csvRows } from "~/kernel/csv.server.ts";
import { utcDate } from "~/kernel/japan-time.ts";
import { CSV_BATCH_SIZE, csvColumns, openDataLicence, type CsvColumn } from "./open-data.ts";

const join = (values: Array<string | number>) => values.join(";");
const iso = (value: Date | null) => (value ? value.toISOString() : "");

/** One challenge as the CSV's cells, keyed by column. */
export function csvRecord(row: ExportRow, origin: string): Record<CsvColumn, string | number> {
  const skills = [...row.skills].sort((a, b) => a.skill.slug.localeCompare(b.skill.slug));
  return {
    number: row.number,
    url: `${origin}/challenges/${row.number}`,
    status: row.status,
    title_ja: row.titleJa,
    title_en: row.titleEn ?? "",
    summary_ja: row.summaryJa,
    summary_en: row.summaryEn ?? "",
    strategy_code: row.strategy.code,
    strategy_name_ja: row.strategy.nameJa,
    strategy_name_en: row.strategy.nameEn,
    field_numbers: join(row.fields.map((link) => link.field.number)),
    field_names_ja: join(row.fields.map((link) => link.field.nameJa)),
    field_names_en: join(row.fields.map((link) => link.field.nameEn)),
    area_slug: row.area.slug,
    area_name_ja: row.area.nameJa,
    area_name_en: row.area.nameEn,
    period_number: row.period.number,
    period_name_ja: row.period.nameJa,
    period_name_en: row.period.nameEn,
    skill_slugs: join(skills.map((link) => link.skill.slug)),
    skill_names_ja: join(skills.map((link) => link.skill.nameJa)),
    skill_names_en: join(skills.map((link) => link.skill.nameEn)),
    work_styles: join(row.workStyles),
    engagement_types: join(row.engagementTypes),
    capacity: row.capacity,
    hours_per_month: row.hoursPerMonth ?? "",
    languages: join(row.languages),
    deadline: row.deadline ? utcDate(row.deadline) : "",
    published_at: iso(row.publishedAt),
    updated_at: iso(row.updatedAt),
    owner_department_ja: row.ownerDepartmentJa,
    owner_department_en: row.ownerDepartmentEn ?? "",
    licence: openDataLicence.id,
  };
}

function toCsv(records: Array<Record<CsvColumn, string | number>>, header: boolean): string {
  return csvRows(records, { header, columns: csvColumns });
}

/**
 * The whole CSV as a stream: the BOM and header first, then one chunk per batch of rows. The first batch is
 * read before the stream is handed out, so a database that does not answer is a 500, not a truncated file.
 */
export async function challengeCsvStream(
  filters: ChallengeFilters,
  origin: string,
  batchSize = CSV_BATCH_SIZE,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const batches = iteratePublicChallenges(filters, batchSize);
  const first = await batches.next();
  const chunk = (rows: ExportRow[]) =>
    encoder.encode(
      toCsv(
        rows.map((row) => csvRecord(row, origin)),
        false,
      ),
    );
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvByteOrderMark + toCsv([], true)));
      if (first.done) return controller.close();
      controller.enqueue(chunk(first.value));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) return controller.close();
        controller.enqueue(chunk(next.value));
      } catch (error) {
        // The status line is already sent: all a client can see is a file cut short, so at least log it.
        console.error("CSV export failed part-way", error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
