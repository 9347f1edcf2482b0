// Reporting: anyone signed in tells the moderators about a profile, an initiative update or a thread message
// they can see. One report per person and thing (sending it again updates it), never one's own, rate-limited.
import type { ModerationTargetType, ReportReason } from "~/generated/prisma/enums.ts";
import type { RoleName } from "~/kernel/auth/permissions.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { consumeRateLimit } from "~/kernel/rate-limit.server.ts";
import {
  forbidden,
  limited,
  notFound,
  ok,
  type ForbiddenFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import { auditTargetType } from "./moderation.server.ts";
import { findModerationTarget } from "./moderation-targets.server.ts";

export type Reporter = { id: string; displayName: string; roles: readonly RoleName[] };

/** What the report form shows: the thing, and whether this person reported it already. */
export async function getReportable(reporter: Reporter, type: ModerationTargetType, id: string) {
  const target = await findModerationTarget(prisma, type, id);
  if (!target || !target.visibleTo(reporter)) return notFound("moderation.report.unavailable");
  if (target.insiderIds.includes(reporter.id)) return forbidden("moderation.report.self");
  const existing = await prisma.moderationReport.findUnique({
    where: { reporterId_targetType_targetId: { reporterId: reporter.id, targetType: type, targetId: id } },
    select: { reason: true, details: true, resolvedAt: true },
  });
  return ok({ target: { type, id, label: target.label, path: target.path }, existing });
}

export type FileReportOutcome = Result<
  { created: boolean; path: string },
  | NotFoundFailure<"moderation.report.unavailable">
  | ForbiddenFailure<"moderation.report.self">
  | InvalidFailure<"moderation.report.tooMany">
>;

export async function fileReport(
  reporter: Reporter,
  input: { type: ModerationTargetType; id: string; reason: ReportReason; details: string },
  ip: string,
): Promise<FileReportOutcome> {
  const reportable = await getReportable(reporter, input.type, input.id);
  if (!reportable.ok) return reportable;
  const key = { reporterId: reporter.id, targetType: input.type, targetId: input.id };
  // Sending the same report again changes its words, never the count, and costs nothing.
  if (!reportable.existing) {
    const allowance = await consumeRateLimit("reportsByReporter", reporter.id);
    if (!allowance.allowed) return limited("moderation.report.tooMany", allowance.retryAfterSeconds);
  }
  return prisma.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: two identical reports sent at once leave one row and one audit entry.
    const created = await tx.moderationReport.createMany({
      data: [{ ...key, reason: input.reason, details: input.details }],
      skipDuplicates: true,
    });
    if (created.count === 0) {
      // A report of something dealt with before opens it again: the moderators see it anew.
      await tx.moderationReport.update({
        where: { reporterId_targetType_targetId: key },
        data: { reason: input.reason, details: input.details, resolvedAt: null, resolution: null, resolvedById: null },
        select: { id: true },
      });
      return ok({ created: false, path: reportable.target.path });
    }
    await writeAudit(tx, {
      actor: { id: reporter.id, label: reporter.displayName },
      action: "report.filed",
      targetType: auditTargetType[input.type],
      targetId: input.id,
      details: { reason: input.reason },
      ipAddress: ip,
    });
    return ok({ created: true, path: reportable.target.path });
  });
}
