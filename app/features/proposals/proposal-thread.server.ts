// A proposal's message thread between the proposing partner and the coordinators. Both sides read every
// message; each new message is e-mailed to the other side (never to its author) in the same transaction.
// Coordinators' internal notes live in another table (ProposalNote) that nothing here reads.
import type { ProposalSide } from "~/generated/prisma/enums.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { PROPOSAL_LIMITS } from "~/features/proposals/proposal-schemas.ts";
import { prisma } from "~/kernel/db.server.ts";
import { invalid, notFound, type InvalidFailure, type NotFoundFailure, type Result } from "~/kernel/result.ts";
import {
  actsForPartner,
  assigneeRecipients,
  partnerRecipients,
  proposalUrl,
  type MailRecipient,
  type ProposalActingUser,
} from "./proposal-status.server.ts";
import { type RequestContext, mailOrigin } from "~/kernel/auth/guards.server.ts";

export type ProposalThreadMessage = {
  id: string;
  side: ProposalSide;
  /** null when the author's account was deleted. */
  authorName: string | null;
  /** Empty when a moderator hid it: the thread says so, the text stays for the city's records (decision 0018). */
  body: string;
  hidden: boolean;
  createdAt: string;
};

/** Messages on one page of a thread: a 681-message thread is 14 pages, not one 470 KB page. */
const THREAD_PAGE_SIZE = 50;

export type ProposalThreadPage = { messages: ProposalThreadMessage[]; page: number; pages: number; total: number; pageSize: number };

/**
 * One page of the thread as both sides see it, oldest first like any conversation. Without a page (or past the
 * end) it is the last page, with the newest messages and the reply form under them; earlier pages on request.
 */
export async function listProposalMessages(proposalId: string, requestedPage?: number): Promise<ProposalThreadPage> {
  const total = await prisma.proposalMessage.count({ where: { proposalId } });
  const pages = Math.max(1, Math.ceil(total / THREAD_PAGE_SIZE));
  const page = requestedPage && requestedPage >= 1 ? Math.min(Math.floor(requestedPage), pages) : pages;
  const rows = await prisma.proposalMessage.findMany({
    where: { proposalId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * THREAD_PAGE_SIZE,
    take: THREAD_PAGE_SIZE,
    select: { id: true, side: true, body: true, hiddenAt: true, createdAt: true, author: { select: { displayName: true } } },
  });
  const messages = rows.map((row) => ({
    id: row.id,
    side: row.side,
    authorName: row.author?.displayName ?? null,
    body: row.hiddenAt ? "" : row.body,
    hidden: row.hiddenAt !== null,
    createdAt: row.createdAt.toISOString(),
  }));
  return { messages, page, pages, total, pageSize: THREAD_PAGE_SIZE };
}

/** ?thread=<n>: which page of a long thread to show (the newest when absent or not a number). */
export function threadPageOf(request: Request) {
  const value = Number(new URL(request.url).searchParams.get("thread"));
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

export type PostProposalMessageResult = Result<
  { message: ProposalThreadMessage },
  | NotFoundFailure
  /** Drafts have no thread yet: the coordinators have not seen the proposal. */
  | InvalidFailure<"draft">
  | InvalidFailure<"invalid-body">
>;

/** How much of a message the e-mail quotes. */
export const MESSAGE_EXCERPT_LENGTH = 300;

export function messageExcerpt(body: string, length = MESSAGE_EXCERPT_LENGTH): { excerpt: string; truncated: boolean } {
  const characters = [...body];
  if (characters.length <= length) return { excerpt: body, truncated: false };
  return { excerpt: `${characters.slice(0, length).join("").trimEnd()}…`, truncated: true };
}

/**
 * Adds a message to the thread and e-mails the other side in the same transaction: every member of the partner
 * when a coordinator writes; the assigned coordinator (or, while nobody is assigned, the coordinators who wrote
 * in the thread before) when the partner writes. A partner-side author must act for the proposing partner; the
 * caller checks that a coordinator-side author may review proposals.
 */
export async function postProposalMessage(input: {
  proposalId: string;
  author: ProposalActingUser;
  body: string;
  requestContext?: RequestContext;
}): Promise<PostProposalMessageResult> {
  const body = input.body.trim();
  if (!body || [...body].length > PROPOSAL_LIMITS.message) return invalid("invalid-body", "body");
  const origin = mailOrigin(input.requestContext);
  const outcome = await prisma.$transaction(async (tx): Promise<{ result: PostProposalMessageResult; mailIds: string[] }> => {
    const proposal = await tx.proposal.findUnique({
      where: { id: input.proposalId },
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        partnerId: true,
        assigneeId: true,
        partner: { select: { displayName: true } },
      },
    });
    if (!proposal) return { result: notFound(), mailIds: [] };
    if (input.author.side === "PARTNER" && !(await actsForPartner(tx, proposal.partnerId, input.author.userId))) {
      return { result: notFound(), mailIds: [] };
    }
    if (proposal.status === "DRAFT") return { result: invalid("draft"), mailIds: [] };

    const created = await tx.proposalMessage.create({
      data: { proposalId: proposal.id, authorId: input.author.userId, side: input.author.side, body },
      select: { id: true, side: true, body: true, createdAt: true, author: { select: { displayName: true } } },
    });
    const authorName = created.author?.displayName ?? "";
    if (input.author.side === "COORDINATOR") {
      // A coordinator's reply is a response: it settles the response owed and dates the first one (decision 0019).
      await tx.proposal.updateMany({ where: { id: proposal.id, responseDueOn: { not: null } }, data: { responseDueOn: null } });
      await tx.proposal.updateMany({
        where: { id: proposal.id, submittedAt: { not: null }, firstRespondedAt: null },
        data: { firstRespondedAt: created.createdAt },
      });
    }

    let recipients: MailRecipient[];
    if (input.author.side === "COORDINATOR") {
      recipients = await partnerRecipients(tx, proposal.partnerId);
    } else if (proposal.assigneeId) {
      recipients = await assigneeRecipients(tx, proposal.assigneeId);
    } else {
      const writers = await tx.user.findMany({
        where: { proposalMessages: { some: { proposalId: proposal.id, side: "COORDINATOR" } } },
        orderBy: { email: "asc" },
        select: { id: true, email: true, language: true, displayName: true },
      });
      recipients = writers.map((user) => ({
        userId: user.id,
        email: user.email,
        language: user.language === "en" ? "en" : "ja",
        displayName: user.displayName,
      }));
    }
    const recipientSide: ProposalSide = input.author.side === "COORDINATOR" ? "PARTNER" : "COORDINATOR";
    const { excerpt, truncated } = messageExcerpt(body);
    const mailIds: string[] = [];
    for (const recipient of recipients) {
      if (recipient.userId === input.author.userId) continue;
      const queued = await queueEmail(tx, {
        template: "proposal-message",
        to: recipient.email,
        userId: recipient.userId,
        language: recipient.language,
        props: {
          displayName: recipient.displayName,
          partnerName: proposal.partner.displayName,
          proposalNumber: proposal.number,
          proposalTitle: proposal.title,
          authorName,
          authorSide: input.author.side,
          excerpt,
          truncated,
          url: `${proposalUrl(origin, proposal.number, recipientSide)}#thread`,
        },
        idempotencyKey: `proposal-message:${created.id}:${recipient.userId}`,
      });
      mailIds.push(queued.id);
    }
    const message: ProposalThreadMessage = {
      id: created.id,
      side: created.side,
      authorName: created.author?.displayName ?? null,
      body: created.body,
      hidden: false,
      createdAt: created.createdAt.toISOString(),
    };
    return { result: { ok: true, message }, mailIds };
  });
  await dispatchEmails(outcome.mailIds);
  return outcome.result;
}
