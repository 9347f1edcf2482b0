// One page of every type, for each kind of visitor: the data they need (a challenge, a partner with its owner,
// a proposal with a message, an agreed match, an initiative, an audit entry) is made here, and the addresses
// are listed per role. Specs that check something of every page (words, width) walk this tour.
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext } from "@playwright/test";
import { writeAudit } from "../../app/kernel/audit/audit.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createInitiative, createMatchWithHistory, createPartner, createProposal } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, signedInAs, uniqueClientIp } from "./accounts.ts";

export type TourRole = "visitor" | "partner" | "coordinator" | "admin";
export const tourRoles: TourRole[] = ["visitor", "partner", "coordinator", "admin"];

type Tour = { pages: Record<TourRole, string[]>; cookies: Partial<Record<TourRole, string>>; agreedMatch: string };

const created = { partnerIds: [] as string[], challengeIds: [] as string[], initiativeIds: [] as string[], userIds: [] as string[] };

export async function prepareTour(): Promise<Tour> {
  const marker = `巡回 ${randomUUID().slice(0, 6)}`;
  const [partnerAccount, coordinator, admin] = await Promise.all([signedInAs("PARTNER"), signedInAs("COORDINATOR"), signedInAs("ADMIN")]);
  created.userIds.push(partnerAccount.userId, coordinator.userId, admin.userId);
  const partner = await createPartner(prisma, {
    kind: "ORGANISATION",
    displayName: `${marker} 木曽ラボ`,
    ownerId: partnerAccount.userId,
    headline: "データで地域の仕事を軽くする",
    strategyCodes: ["B"],
    contactEmail: `contact-${randomUUID().slice(0, 6)}@e2e.example`,
  });
  created.partnerIds.push(partner.id);
  const challenge = await createChallenge(prisma, { strategyCode: "B", titleJa: `${marker} ワイナリーの在庫管理`, status: "OPEN" });
  created.challengeIds.push(challenge.id);
  const proposal = await createProposal(prisma, {
    partnerId: partner.id,
    authorId: partnerAccount.userId,
    coordinatorId: coordinator.userId,
    challengeId: challenge.id,
    title: `${marker} 在庫の見える化`,
    status: "SUBMITTED",
    messages: [{ side: "PARTNER", authorId: partnerAccount.userId, body: "よろしくお願いします。" }],
  });
  const match = await createMatchWithHistory(prisma, {
    challengeId: challenge.id,
    partnerId: partner.id,
    ownerId: coordinator.userId,
    path: ["INTRODUCED", "AGREED"],
    consented: true,
    counterpart: { name: "塩尻 太郎", email: `counterpart-${randomUUID().slice(0, 6)}@e2e.example`, language: "ja" },
  });
  const initiative = await createInitiative(prisma, { strategyCode: "B", titleJa: `${marker} 取り組み`, challengeId: challenge.id });
  created.initiativeIds.push(initiative.id);
  await writeAudit(prisma, {
    actor: { id: admin.userId, label: admin.email },
    action: "challenge.created",
    targetType: "challenge",
    targetId: challenge.id,
  });

  const visitor = [
    "/",
    "/about",
    "/challenges",
    `/challenges/${challenge.number}`,
    "/initiatives",
    `/initiatives/${initiative.number}`,
    "/strategies",
    "/strategies/B",
    "/fields/1",
    "/areas",
    "/areas/citywide",
    "/areas/narakawa",
    "/partners",
    "/organisations",
    `/organisations/${partner.id}`,
    "/open-data",
    "/privacy",
    "/login",
    "/signup",
    "/forgot-password",
  ];
  const signedIn = [
    "/account",
    "/account/notifications",
    "/account/password",
    "/account/email",
    "/account/delete",
    "/notifications",
    "/for-you",
  ];
  const partnerPages = [
    ...signedIn,
    "/account/partner",
    "/matches",
    `/matches/${match.number}`,
    "/proposals",
    "/proposals/new",
    `/proposals/${proposal.number}`,
    `/organisations/${partner.id}/profile`,
    `/challenges/${challenge.number}`,
  ];
  const coordinatorPages = [
    ...signedIn,
    "/dashboard",
    "/coordinate/challenges",
    "/coordinate/challenges/new",
    `/coordinate/challenges/${challenge.number}/edit`,
    `/coordinate/challenges/${challenge.number}/suggestions`,
    "/coordinate/initiatives",
    `/coordinate/initiatives/${initiative.number}`,
    "/coordinate/matches",
    `/coordinate/matches/${match.number}`,
    "/coordinate/matches/reports",
    "/coordinate/matching/batch",
    "/coordinate/partners",
    `/coordinate/partners/${partner.id}`,
    "/coordinate/proposals",
    `/coordinate/proposals/${proposal.number}`,
  ];
  const skill = await prisma.skill.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true } });
  const adminPages = [
    ...signedIn,
    "/admin",
    "/admin/audit",
    "/admin/emails",
    "/admin/emails/preview?template=match-introduction",
    "/admin/users",
    `/admin/users/${partnerAccount.userId}`,
    "/admin/taxonomy",
    "/admin/taxonomy/skills",
    `/admin/taxonomy/skills/${skill.id}`,
    "/admin/taxonomy/areas/new",
    "/admin/indicators",
    "/admin/indicators/new",
    "/admin/indicators/population",
  ];
  return {
    pages: { visitor, partner: partnerPages, coordinator: coordinatorPages, admin: adminPages },
    cookies: { partner: partnerAccount.cookie, coordinator: coordinator.cookie, admin: admin.cookie },
    agreedMatch: `/matches/${match.number}`,
  };
}

/** A browser context as that visitor: signed in by header (a __Host- cookie cannot be planted over plain http). */
export async function contextFor(
  browser: Browser,
  tour: Tour,
  role: TourRole,
  options: { viewport?: { width: number; height: number } } = {},
) {
  const context: BrowserContext = await browser.newContext({ locale: "ja-JP", viewport: options.viewport });
  const cookie = tour.cookies[role];
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp(), ...(cookie ? { Cookie: cookie } : {}) });
  return context;
}

export async function cleanUpTour() {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: created.partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetId: { in: [...created.challengeIds, ...matches.map((row) => row.id)] } } });
  await prisma.initiative.deleteMany({ where: { id: { in: created.initiativeIds } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: created.partnerIds } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: created.partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: created.partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: created.challengeIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
}
