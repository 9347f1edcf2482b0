// The partner's contribution record pages: /account/contributions (per fiscal year), its CSV and printable certificate
// with each record's verification address, and the public /records/verify/<token> anyone opens signed out.
import { data } from "@remix-run/node";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { publicOrigin, requireUser } from "~/kernel/auth/guards.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { fiscalYearOf, todayInTokyo } from "~/kernel/japan-time.ts";
import { getOwnPartnerProfileId, shownPartnerName } from "~/features/partners/index.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { contributionCsv, contributionYears, listContributions, verificationPath, verifyContribution } from "./contribution.server.ts";
import { fiscalYearParam } from "./schemas.ts";

/** The fiscal year asked for (?year=2026), or the current one in Japan. */
function yearOf(request: Request): number {
  const parsed = fiscalYearParam.safeParse(new URL(request.url).searchParams.get("year") ?? undefined);
  return parsed.success ? parsed.data : fiscalYearOf(new Date());
}

export async function loadContributions(request: Request) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const partnerId = await getOwnPartnerProfileId(user.id);
  const year = yearOf(request);
  const meta = await translatedMeta(
    request,
    { title: "engagements.records.title", description: "engagements.records.lead" },
    { noindex: true },
  );
  if (!partnerId) return { language, year, years: [year], records: [], totalHours: 0, hasPartner: false, meta };
  const [years, list] = await Promise.all([contributionYears(partnerId), listContributions(partnerId, year, language)]);
  return { language, year, years: years.includes(year) ? years : [year, ...years], ...list, hasPartner: true, meta };
}

export async function contributionCsvResponse(request: Request) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const partnerId = await getOwnPartnerProfileId(user.id);
  if (!partnerId) throw data(null, { status: 404 });
  const year = yearOf(request);
  const csv = await contributionCsv(partnerId, year, language);
  return new Response(csv, { headers: { ...csvDownloadHeaders(`contributions-fy${year}.csv`), "Cache-Control": "private, no-store" } });
}

export async function loadCertificate(request: Request) {
  const user = await requireUser(request);
  const language = await getLanguage(request);
  const t = await getFixedT(request);
  const partnerId = await getOwnPartnerProfileId(user.id);
  if (!partnerId) throw data(null, { status: 404 });
  const year = yearOf(request);
  const [partner, list] = await Promise.all([
    prisma.partnerProfile.findUniqueOrThrow({ where: { id: partnerId }, select: { displayName: true } }),
    listContributions(partnerId, year, language),
  ]);
  const origin = publicOrigin(request);
  const records = await Promise.all(
    list.records.map(async (record) => ({ ...record, verifyUrl: `${origin}${await verificationPath(record.id)}` })),
  );
  return {
    language,
    year,
    partnerName: shownPartnerName(partner.displayName, language),
    records,
    totalHours: list.totalHours,
    issuedOn: todayInTokyo(),
    meta: {
      title: t("engagements.records.certificateTitle", { year }),
      description: t("engagements.records.lead"),
      siteName: t("site.name"),
      language,
      noindex: true,
    },
  };
}

export async function loadRecordVerification(request: Request, token: string) {
  const language = await getLanguage(request);
  const t = await getFixedT(request);
  const record = await verifyContribution(token, language);
  const meta = {
    title: t("engagements.records.verifyTitle"),
    description: t("engagements.records.verifyNote"),
    siteName: t("site.name"),
    language,
    noindex: true,
  };
  const view = record ? { ...record, partnerName: shownPartnerName(record.partnerName, language) } : null;
  if (!view) return data({ language, record: null, meta }, { status: 404 });
  return { language, record: view, meta };
}
