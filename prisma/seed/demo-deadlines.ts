// Demo response deadlines (decision 0019), so every state shows at once: a proposal whose first response is due on
// the next business day and one past it (the coordinator's reminder and the lead's notice), a NEEDS_INFO proposal of
// the demo partner two days from closing, an introduction of the demo partner awaiting its answer, and one declined
// with "too busy until". The first-response figures of the statistics page are filled for the demo proposals. Once.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { addBusinessDays, addTokyoDays, formatDate, todayInTokyo, tokyoDate, utcMidnight } from "../../app/kernel/japan-time.ts";
import { createMatchWithHistory } from "./factories.ts";

const FIRST_RESPONSE_BUSINESS_DAYS = 3;

export async function seedDemoDeadlines(prisma: PrismaClient, options: { coordinatorEmail: string; partnerAccountEmail: string }) {
  if ((await prisma.match.count({ where: { partnerAnswer: { not: null } } })) > 0) return;
  const [coordinator, partnerAccount] = await Promise.all([
    prisma.user.findUnique({ where: { email: options.coordinatorEmail }, select: { id: true } }),
    prisma.user.findUnique({
      where: { email: options.partnerAccountEmail },
      select: { id: true, personalPartner: { select: { id: true } } },
    }),
  ]);
  const demoPartnerId = partnerAccount?.personalPartner?.id;
  if (!coordinator || !partnerAccount || !demoPartnerId) return;
  const today = todayInTokyo();
  const day = 24 * 60 * 60 * 1000;

  await prisma.$transaction(
    async (tx) => {
      // The statistics: each submitted proposal's first deadline and first coordinator response, as the app records them.
      const submitted = await tx.proposal.findMany({ where: { submittedAt: { not: null } }, select: { id: true, submittedAt: true } });
      for (const proposal of submitted) {
        await tx.proposal.update({
          where: { id: proposal.id },
          data: { firstResponseDueOn: utcMidnight(addBusinessDays(tokyoDate(proposal.submittedAt!), FIRST_RESPONSE_BUSINESS_DAYS)) },
          select: { id: true },
        });
      }
      await tx.$executeRaw`
        UPDATE "Proposal" p SET "firstRespondedAt" = (
          SELECT MIN(e."createdAt") FROM "ProposalEvent" e
           WHERE e."proposalId" = p."id" AND e."fromStatus" = 'SUBMITTED' AND e."toStatus" <> 'WITHDRAWN')
        WHERE p."submittedAt" IS NOT NULL`;

      // Waiting for a first response: one due on the next business day, one past its deadline.
      const waiting = await tx.proposal.findMany({
        where: { status: "SUBMITTED" },
        orderBy: { number: "asc" },
        take: 2,
        select: { id: true },
      });
      const [nearDeadline, overdue] = waiting;
      if (nearDeadline) {
        const submittedOn = addBusinessDays(today, 1 - FIRST_RESPONSE_BUSINESS_DAYS);
        await tx.proposal.update({
          where: { id: nearDeadline.id },
          data: {
            assigneeId: coordinator.id,
            submittedAt: new Date(`${submittedOn}T10:00:00+09:00`),
            responseDueOn: utcMidnight(addBusinessDays(today, 1)),
            firstResponseDueOn: utcMidnight(addBusinessDays(today, 1)),
          },
        });
      }
      if (overdue) {
        const submittedOn = addBusinessDays(today, -2 - FIRST_RESPONSE_BUSINESS_DAYS);
        await tx.proposal.update({
          where: { id: overdue.id },
          data: {
            assigneeId: coordinator.id,
            submittedAt: new Date(`${submittedOn}T10:00:00+09:00`),
            responseDueOn: utcMidnight(addBusinessDays(today, -2)),
            firstResponseDueOn: utcMidnight(addBusinessDays(today, -2)),
          },
        });
      }

      // Other proposals waiting on their partners asked recently, so the deadline job does not close them on the first
      // start (their demo histories lie months back).
      const otherWaiting = await tx.proposal.findMany({
        where: { status: "NEEDS_INFO", partnerId: { not: demoPartnerId } },
        orderBy: { number: "asc" },
        select: { id: true },
      });
      for (const [index, proposal] of otherWaiting.entries()) {
        await tx.proposal.update({ where: { id: proposal.id }, data: { statusChangedAt: new Date(Date.now() - (index % 8) * day) } });
      }

      // The demo partner's NEEDS_INFO proposal closes in two days unless they answer (14 days of silence by default).
      const needsInfo = await tx.proposal.findFirst({ where: { status: "NEEDS_INFO", partnerId: demoPartnerId }, select: { id: true } });
      if (needsInfo) {
        await tx.proposal.update({ where: { id: needsInfo.id }, data: { statusChangedAt: new Date(Date.now() - 12 * day) } });
        await tx.proposalMessage.updateMany({ where: { proposalId: needsInfo.id }, data: { createdAt: new Date(Date.now() - 12 * day) } });
      }

      // Introductions of the demo partner: one awaiting the answer (due on the next business day), one declined.
      const challenges = await tx.challenge.findMany({
        where: { status: { in: ["OPEN", "MATCHING"] }, matches: { none: { partnerId: demoPartnerId } } },
        orderBy: { number: "asc" },
        take: 2,
        select: { id: true },
      });
      const counterpart = { name: "塩尻市 企画政策課 担当者", email: "kikaku@city.shiojiri.example", language: "ja" as const };
      if (challenges[0]) {
        const awaiting = await createMatchWithHistory(tx, {
          challengeId: challenges[0].id,
          partnerId: demoPartnerId,
          ownerId: coordinator.id,
          score: 72,
          path: ["INTRODUCED"],
          startedAt: new Date(Date.now() - 6 * day),
          stepDays: [2],
          counterpart,
          consented: true,
        });
        await tx.match.update({ where: { id: awaiting.id }, data: { answerDueOn: utcMidnight(addBusinessDays(today, 1)) } });
      }
      if (challenges[1]) {
        const declined = await createMatchWithHistory(tx, {
          challengeId: challenges[1].id,
          partnerId: demoPartnerId,
          ownerId: coordinator.id,
          score: 58,
          path: ["INTRODUCED", "ENDED"],
          startedAt: new Date(Date.now() - 20 * day),
          stepDays: [3, 4],
          counterpart,
          consented: true,
          endedReason: `${formatDate("ja", addTokyoDays(today, 90))}まで忙しい — 春以降ならぜひお手伝いしたいです。`,
        });
        await tx.match.update({
          where: { id: declined.id },
          data: {
            answerDueOn: utcMidnight(addTokyoDays(today, -10)),
            partnerAnswer: "DECLINED",
            partnerAnsweredAt: new Date(Date.now() - 13 * day),
            partnerAnsweredById: partnerAccount.id,
            declineReason: "TOO_BUSY",
            busyUntil: utcMidnight(addTokyoDays(today, 90)),
            declineNote: "春以降ならぜひお手伝いしたいです。",
          },
        });
      }
    },
    { timeout: 60_000 },
  );
}
