// The coordinators' side of proposals against the real database: the review queue (what it lists, filters,
// order, days waiting, statements per page), who may open the review pages, internal notes that never reach a
// partner (loaders, their JSON, queued mail), assignment and its mail, decisions through the status engine with
// 409 on a stale version, and the proposal count on a challenge's public page.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProposalForPartnerMember, listProposalsForUser } from "../../app/features/proposals/proposal.server.ts";
import { getChallengeProposalSummary, listReviewQueue } from "../../app/features/proposals/review.server.ts";
import { createSession } from "../../app/kernel/auth/session.server.ts";
import { loader as challengePageLoader } from "~/routes/challenges.$number.tsx";
import { loader as coordinateChallengesLoader } from "~/routes/coordinate.challenges._index.tsx";
import { action as reviewAction, loader as reviewLoader } from "~/routes/coordinate.proposals.$number.tsx";
import { loader as queueLoader } from "~/routes/coordinate.proposals._index.tsx";
import { loader as partnerProposalLoader } from "~/routes/proposals.$number.tsx";
import { loader as partnerProposalsLoader } from "~/routes/proposals._index.tsx";
import { parseReviewQueueFilters } from "../../app/features/proposals/review-schemas.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import type { ProposalStatusName } from "../../app/features/proposals/proposal-lifecycle.ts";
import { createChallenge, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";

const ns = accountNamespace("proposal-review.test");
const marker = `審査テスト ${randomUUID().slice(0, 6)}`;
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const DAY = 86_400_000;
const clientContext = { clientIp: "10.7.7.7" };

type TestUser = { id: string; email: string; displayName: string; language: string };
let coordinator: TestUser;
let colleague: TestUser;
let admin: TestUser;
let owner: TestUser;
let member: TestUser;
let resident: TestUser;
let publicPartnerId: string;
let privatePartnerId: string;
let queueChallenge: { id: string; number: number };

async function user(label: string, options: { language?: "ja" | "en"; roles?: ("COORDINATOR" | "ADMIN" | "PARTNER")[] } = {}) {
  const created = await createUser(prisma, {
    email: ns.email(label),
    displayName: `${label} ${randomUUID().slice(0, 6)}`,
    language: options.language ?? "ja",
    roles: options.roles,
  });
  userIds.push(created.id);
  return created;
}

async function organisation(name: string, isPublic: boolean) {
  const created = await prisma.partnerProfile.create({
    data: {
      kind: "ORGANISATION",
      displayName: name,
      isPublic,
      contactEmail: `contact-${randomUUID().slice(0, 6)}@${ns.domain}`,
      members: {
        create: [
          { userId: owner.id, role: "OWNER" },
          { userId: member.id, role: "MEMBER" },
        ],
      },
    },
    select: { id: true },
  });
  partnerIds.push(created.id);
  return created.id;
}

/** A proposal whose status last changed `daysAgo` days ago. */
async function proposal(input: {
  status: ProposalStatusName;
  daysAgo?: number;
  challengeId?: string | null;
  partnerId?: string;
  assigneeId?: string | null;
  strategyCode?: string;
  fieldNumber?: number;
  showPartnerPublicly?: boolean;
  offer?: string;
}) {
  const created = await createProposal(prisma, {
    partnerId: input.partnerId ?? publicPartnerId,
    authorId: owner.id,
    coordinatorId: coordinator.id,
    assigneeId: input.assigneeId ?? null,
    challengeId: input.challengeId === undefined ? queueChallenge.id : input.challengeId,
    strategyCode: input.strategyCode,
    fieldNumber: input.fieldNumber,
    title: `${marker} ${input.status} ${randomUUID().slice(0, 6)}`,
    offer: input.offer ?? "地域の皆さんと一緒に取り組みます。",
    status: input.status,
    showPartnerPublicly: input.showPartnerPublicly,
  });
  if (input.daysAgo !== undefined) {
    await prisma.proposal.update({
      where: { id: created.id },
      data: { statusChangedAt: new Date(Date.now() - input.daysAgo * DAY - 60_000) },
      select: { id: true },
    });
  }
  return created;
}

async function cookieFor(userId: string) {
  const { token } = await createSession(userId, "vitest", { secondFactor: true });
  return `session=${encodeURIComponent(Buffer.from(JSON.stringify(token)).toString("base64"))}`;
}

function args(path: string, params: Record<string, string>, cookie?: string, form?: Record<string, string>) {
  const request = new Request(`http://hub.test${path}`, {
    method: form ? "POST" : "GET",
    headers: cookie ? { Cookie: cookie } : {},
    body: form ? new URLSearchParams(form) : undefined,
  });
  return { request, params, context: clientContext };
}

/** What a loader or action gave back, or the Response it threw. */
async function settle<T>(work: Promise<T>): Promise<T | Response> {
  try {
    return await work;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

type Reply = {
  data: {
    intent: string;
    result: { initialValue: Record<string, unknown> | null; error: Record<string, string[] | null> | null } | null;
    conflict: { changedBy: string | null; version: number } | null;
  };
  init: ResponseInit | null;
};

async function act(number: number, cookie: string, form: Record<string, string>) {
  return settle(reviewAction(args(`/coordinate/proposals/${number}`, { number: String(number) }, cookie, form)) as Promise<unknown>);
}

function statusOf(outcome: unknown): number {
  if (outcome instanceof Response) return outcome.status;
  return (outcome as Reply).init?.status ?? 200;
}

const cookies = {} as Record<"coordinator" | "colleague" | "admin" | "owner" | "resident", string>;

beforeAll(async () => {
  coordinator = await user("coordinator", { roles: ["COORDINATOR"] });
  colleague = await user("colleague", { language: "en", roles: ["COORDINATOR"] });
  admin = await user("admin", { roles: ["ADMIN"] });
  owner = await user("owner", { roles: ["PARTNER"] });
  member = await user("member", { language: "en", roles: ["PARTNER"] });
  resident = await user("resident");
  publicPartnerId = await organisation(`${marker} 公開団体`, true);
  privatePartnerId = await organisation(`${marker} 非公開団体`, false);
  const challenge = await createChallenge(prisma, { strategyCode: "B", titleJa: `${marker} 課題`, fieldNumbers: [5, 4], status: "OPEN" });
  queueChallenge = { id: challenge.id, number: challenge.number };
  challengeIds.push(challenge.id);
  cookies.coordinator = await cookieFor(coordinator.id);
  cookies.colleague = await cookieFor(colleague.id);
  cookies.admin = await cookieFor(admin.id);
  cookies.owner = await cookieFor(owner.id);
  cookies.resident = await cookieFor(resident.id);
});

afterAll(async () => {
  const proposals = await prisma.proposal.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "proposal", targetId: { in: proposals.map((row) => row.id) } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

// ───────────────────────────── The queue ─────────────────────────────

describe("the review queue", () => {
  const made = {} as Record<
    "draft" | "submitted" | "review" | "info" | "accepted" | "declined" | "withdrawn" | "oldest",
    { number: number }
  >;

  beforeAll(async () => {
    made.draft = await proposal({ status: "DRAFT", daysAgo: 60 });
    made.submitted = await proposal({ status: "SUBMITTED", daysAgo: 20 });
    made.review = await proposal({ status: "UNDER_REVIEW", daysAgo: 3, assigneeId: coordinator.id });
    made.info = await proposal({ status: "NEEDS_INFO", daysAgo: 10 });
    made.accepted = await proposal({ status: "ACCEPTED", daysAgo: 5 });
    made.declined = await proposal({ status: "DECLINED", daysAgo: 6 });
    made.withdrawn = await proposal({ status: "WITHDRAWN", daysAgo: 7 });
    made.oldest = await proposal({ status: "SUBMITTED", daysAgo: 40, assigneeId: colleague.id });
  });

  const queue = (query: string, viewer = coordinator) =>
    listReviewQueue(parseReviewQueueFilters(new URLSearchParams(`challenge=${queueChallenge.number}&${query}`)), viewer, "ja");
  const numbers = async (query: string, viewer = coordinator) => (await queue(query, viewer)).items.map((item) => item.number);

  it("shows what waits for a coordinator, oldest first, with whole days waiting", async () => {
    const result = await queue("");
    expect(result.items.map((item) => item.number)).toEqual([made.oldest.number, made.submitted.number, made.review.number]);
    expect(result.items.map((item) => item.daysInStatus)).toEqual([40, 20, 3]);
    expect(result.total).toBe(3);
    const first = result.items[0]!;
    expect(first.partner).toEqual({ id: publicPartnerId, name: `${marker} 公開団体`, kind: "ORGANISATION" });
    expect(first.challenge).toEqual({ number: queueChallenge.number, title: `${marker} 課題` });
    expect(first.strategy.code).toBe("B");
    // A proposal on a challenge shows the challenge's main field.
    expect(first.field?.number).toBe(5);
    expect(first.assignee).toEqual({ id: colleague.id, name: colleague.displayName, isViewer: false });
    expect(result.items[2]!.assignee?.isViewer).toBe(true);
  });

  it("never lists a draft, whatever the status filter says", async () => {
    expect(await numbers("status=all")).toEqual(
      [made.oldest, made.submitted, made.info, made.withdrawn, made.declined, made.accepted, made.review].map((row) => row.number),
    );
    expect(await numbers("status=DRAFT")).toEqual(await numbers("status=waiting"));
    for (const [status, row] of [
      ["NEEDS_INFO", made.info],
      ["ACCEPTED", made.accepted],
      ["DECLINED", made.declined],
      ["WITHDRAWN", made.withdrawn],
      ["UNDER_REVIEW", made.review],
    ] as const) {
      expect(await numbers(`status=${status}`)).toEqual([row.number]);
    }
    expect(await numbers("status=SUBMITTED")).toEqual([made.oldest.number, made.submitted.number]);
  });

  it("filters by age: waiting at least 7, 14 or 30 days", async () => {
    expect(await numbers("age=7")).toEqual([made.oldest.number, made.submitted.number]);
    expect(await numbers("age=14")).toEqual([made.oldest.number, made.submitted.number]);
    expect(await numbers("age=30")).toEqual([made.oldest.number]);
    expect(await numbers("status=all&age=7")).toEqual([made.oldest.number, made.submitted.number, made.info.number, made.withdrawn.number]);
    // An age not offered is ignored rather than failing.
    expect(await numbers("age=9")).toEqual(await numbers(""));
  });

  it("filters by assignee: me, nobody, anyone", async () => {
    expect(await numbers("assignee=me")).toEqual([made.review.number]);
    expect(await numbers("assignee=me", colleague)).toEqual([made.oldest.number]);
    expect(await numbers("assignee=unassigned")).toEqual([made.submitted.number]);
    expect(await numbers("assignee=someone-else")).toHaveLength(3);
  });

  it("filters by strategy and by field, a challenge's fields included", async () => {
    expect(await numbers("strategy=B")).toHaveLength(3);
    expect(await numbers("strategy=b")).toHaveLength(3);
    expect(await numbers("strategy=A")).toEqual([]);
    expect(await numbers("field=5")).toHaveLength(3);
    expect(await numbers("field=4")).toHaveLength(3); // the challenge's second field
    expect(await numbers("field=8")).toEqual([]);
  });

  it("files a free proposal under its own strategy and field", async () => {
    const free = await proposal({ status: "SUBMITTED", challengeId: null, strategyCode: "C", fieldNumber: 8, daysAgo: 9000 });
    const inField = await listReviewQueue(parseReviewQueueFilters(new URLSearchParams("strategy=C&field=8")), coordinator, "en");
    const item = inField.items.find((candidate) => candidate.number === free.number);
    expect(item).toMatchObject({ challenge: null, strategy: { code: "C" }, field: { number: 8 }, daysInStatus: 9000 });
    const elsewhere = await listReviewQueue(parseReviewQueueFilters(new URLSearchParams("strategy=C&field=7")), coordinator, "en");
    expect(elsewhere.items.some((candidate) => candidate.number === free.number)).toBe(false);
  });

  it("makes one SQL statement for a page, however many rows it has", async () => {
    await queue("status=all");
    const one = await recordQueries(() => queue("status=NEEDS_INFO"));
    const seven = await recordQueries(() => queue("status=all"));
    expect(one.result.items).toHaveLength(1);
    expect(seven.result.items).toHaveLength(7);
    expect(one.statements).toHaveLength(1);
    expect(seven.statements).toHaveLength(1);
  });

  it("reads its state from the address and survives a hand-edited one", async () => {
    const data = (await queueLoader(
      args(`/coordinate/proposals?status=bogus&age=x&page=-3&assignee=me&challenge=${queueChallenge.number}`, {}, cookies.coordinator),
    )) as Awaited<ReturnType<typeof queueLoader>>;
    expect(data.filters).toMatchObject({ status: "waiting", age: undefined, page: 1, assignee: "me", challenge: queueChallenge.number });
    expect(data.items.map((item) => item.number)).toEqual([made.review.number]);
    const pastTheEnd = (await queueLoader(
      args(`/coordinate/proposals?page=50&challenge=${queueChallenge.number}`, {}, cookies.coordinator),
    )) as Awaited<ReturnType<typeof queueLoader>>;
    expect(pastTheEnd.items).toEqual([]);
    expect(pastTheEnd.total).toBe(3);
  });
});

// ───────────────────────────── Who may come in ─────────────────────────────

describe("who may open the coordinators' pages", () => {
  let submitted: { number: number; version: number };
  let draft: { number: number };

  beforeAll(async () => {
    submitted = await proposal({ status: "SUBMITTED" });
    draft = await proposal({ status: "DRAFT" });
  });

  const probes = () => [
    () => queueLoader(args("/coordinate/proposals", {}, undefined)),
    () => reviewLoader(args(`/coordinate/proposals/${submitted.number}`, { number: String(submitted.number) })),
    ...(["note", "assign", "start", "ask", "decide", "message"] as const).map(
      (intent) => () =>
        reviewAction(
          args(`/coordinate/proposals/${submitted.number}`, { number: String(submitted.number) }, undefined, {
            intent,
            version: String(submitted.version),
            body: "x",
            message: "x",
            reason: "x",
            decision: "ACCEPTED",
          }),
        ),
    ),
  ];

  it("sends anonymous visitors to sign in, from every loader and action", async () => {
    for (const probe of probes()) {
      const outcome = await settle(probe() as Promise<unknown>);
      expect(outcome).toBeInstanceOf(Response);
      expect((outcome as Response).status).toBe(302);
      expect((outcome as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    }
  });

  it.each(["owner", "resident"] as const)(
    "answers 403 to a %s (partner or resident) on every loader and action, and changes nothing",
    async (who) => {
      const before = await prisma.proposal.findUniqueOrThrow({
        where: { number: submitted.number },
        select: { status: true, version: true, assigneeId: true, _count: { select: { notes: true, messages: true } } },
      });
      const withCookie = (path: string, params: Record<string, string>, form?: Record<string, string>) =>
        args(path, params, cookies[who], form);
      const outcomes = [
        await settle(queueLoader(withCookie("/coordinate/proposals", {}))),
        await settle(reviewLoader(withCookie(`/coordinate/proposals/${submitted.number}`, { number: String(submitted.number) }))),
        ...(await Promise.all(
          (["note", "assign", "start", "ask", "decide", "message"] as const).map((intent) =>
            settle(
              reviewAction(
                withCookie(
                  `/coordinate/proposals/${submitted.number}`,
                  { number: String(submitted.number) },
                  {
                    intent,
                    version: String(submitted.version),
                    body: "x",
                    message: "x",
                    reason: "x",
                    decision: "ACCEPTED",
                    assigneeId: owner.id,
                  },
                ),
              ) as Promise<unknown>,
            ),
          ),
        )),
      ];
      expect(outcomes.map(statusOf)).toEqual(outcomes.map(() => 403));
      expect(
        await prisma.proposal.findUniqueOrThrow({
          where: { number: submitted.number },
          select: { status: true, version: true, assigneeId: true, _count: { select: { notes: true, messages: true } } },
        }),
      ).toEqual(before);
    },
  );

  it("shows coordinators and admins the page, but a draft or an unknown number is a 404", async () => {
    for (const cookie of [cookies.coordinator, cookies.admin]) {
      const data = await reviewLoader(args(`/coordinate/proposals/${submitted.number}`, { number: String(submitted.number) }, cookie));
      expect(data.proposal.number).toBe(submitted.number);
    }
    for (const number of [String(draft.number), "999999999", "abc", "0"]) {
      const outcome = await settle(reviewLoader(args(`/coordinate/proposals/${number}`, { number }, cookies.coordinator)));
      expect(statusOf(outcome)).toBe(404);
    }
    expect(statusOf(await act(draft.number, cookies.coordinator, { intent: "note", body: "下書きへのメモ" }))).toBe(404);
  });
});

// ───────────────────────────── The review page ─────────────────────────────

describe("the review page", () => {
  it("shows the proposal in full with sanitised Markdown, the partner, its history and the reviewers to choose from", async () => {
    const row = await proposal({
      status: "NEEDS_INFO",
      offer: '## 提供内容\n\n<script>alert("x")</script>\n\n[悪い](javascript:alert(1)) **太字**',
    });
    const data = await reviewLoader(args(`/coordinate/proposals/${row.number}`, { number: String(row.number) }, cookies.coordinator));
    expect(data.proposal.offerHtml).toContain("<h3>提供内容</h3>");
    expect(data.proposal.offerHtml).toContain("<strong>太字</strong>");
    expect(data.proposal.offerHtml).not.toMatch(/<script|javascript:/i);
    expect(data.proposal.partner).toMatchObject({ id: publicPartnerId, kind: "ORGANISATION" });
    expect(data.proposal.events.map((event) => event.to)).toEqual(["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO"]);
    expect(data.transitions).toEqual(["DECLINED"]);
    const reviewerIds = data.reviewers.map((reviewer) => reviewer.id);
    expect(reviewerIds).toEqual(expect.arrayContaining([coordinator.id, colleague.id, admin.id]));
    expect(reviewerIds).not.toContain(owner.id);
    expect(reviewerIds).not.toContain(resident.id);
    // Reviewers are named, never addressed: no e-mail address travels to the page.
    expect(JSON.stringify(data)).not.toContain(`@${ns.domain}`);
  });
});

// ───────────────────────────── Internal notes ─────────────────────────────

describe("internal notes", () => {
  it("are added by coordinators, audit-logged without their text, and refused when empty (keeping the form)", async () => {
    const row = await proposal({ status: "SUBMITTED" });
    const text = `内部メモ ${randomUUID()}`;
    const outcome = await act(row.number, cookies.coordinator, { intent: "note", body: `  ${text}  ` });
    expect(outcome).toBeInstanceOf(Response);
    expect((outcome as Response).headers.get("Location")).toBe(`/coordinate/proposals/${row.number}#notes`);
    const note = await prisma.proposalNote.findFirstOrThrow({
      where: { proposal: { number: row.number } },
      select: { id: true, body: true, authorId: true },
    });
    expect(note).toMatchObject({ body: text, authorId: coordinator.id });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { targetType: "proposal", targetId: row.id, action: "proposal.note_added" },
      select: { actorId: true, details: true },
    });
    expect(audit).toEqual({ actorId: coordinator.id, details: { number: row.number, noteId: note.id } });

    const empty = (await act(row.number, cookies.coordinator, { intent: "note", body: "   " })) as Reply;
    expect(statusOf(empty)).toBe(400);
    expect(empty.data.intent).toBe("note");
    expect(empty.data.result?.error?.body).toEqual(["validation.required"]);
    const tooLong = (await act(row.number, cookies.coordinator, { intent: "note", body: "あ".repeat(4001) })) as Reply;
    expect(statusOf(tooLong)).toBe(400);
    expect(tooLong.data.result?.initialValue?.body).toBe("あ".repeat(4001));

    const data = await reviewLoader(args(`/coordinate/proposals/${row.number}`, { number: String(row.number) }, cookies.colleague));
    expect(data.proposal.notes).toEqual([expect.objectContaining({ body: text, authorName: coordinator.displayName })]);
  });

  it("never reach the partner: not in their loaders, their JSON, nor any mail queued afterwards", async () => {
    const row = await proposal({ status: "SUBMITTED", partnerId: privatePartnerId });
    const secret = `社外秘メモ ${randomUUID()}`;
    expect(statusOf(await act(row.number, cookies.coordinator, { intent: "note", body: secret }))).toBe(302);

    // Everything that happens next mails the partner's members.
    const version = (await prisma.proposal.findUniqueOrThrow({ where: { id: row.id }, select: { version: true } })).version;
    expect(statusOf(await act(row.number, cookies.coordinator, { intent: "start", version: String(version) }))).toBe(302);
    expect(statusOf(await act(row.number, cookies.coordinator, { intent: "message", body: "スケジュールを教えてください。" }))).toBe(302);
    expect(
      statusOf(
        await act(row.number, cookies.coordinator, {
          intent: "ask",
          version: String(version + 2),
          message: "費用の見込みを教えてください。",
        }),
      ),
    ).toBe(302);
    expect(
      statusOf(await act(row.number, cookies.coordinator, { intent: "assign", version: String(version + 3), assigneeId: colleague.id })),
    ).toBe(302);

    // The partner's own pages, as their loaders answer (the same object single fetch sends as `.data`).
    const memberCookie = await cookieFor(member.id);
    const page = await partnerProposalLoader(args(`/proposals/${row.number}`, { number: String(row.number) }, memberCookie));
    expect(page.proposal.number).toBe(row.number);
    const list = await partnerProposalsLoader(args("/proposals", {}, memberCookie));
    expect(JSON.stringify(list)).toContain(`"number":${row.number}`);
    for (const data of [page, list]) {
      expect(JSON.stringify(data)).not.toContain(secret);
      expect(JSON.stringify(data)).not.toContain("社外秘");
    }

    const partnerView = await getProposalForPartnerMember(row.number, member.id, "en");
    expect(partnerView?.infoRequest).toBe("費用の見込みを教えてください。");
    expect(JSON.stringify(partnerView)).not.toContain(secret);
    expect(JSON.stringify(await listProposalsForUser(member.id, "ja"))).not.toContain(secret);

    const mails = await prisma.emailMessage.findMany({
      where: {
        OR: [{ userId: { in: [owner.id, member.id, colleague.id] } }, { toAddress: { in: [owner.email, member.email, colleague.email] } }],
      },
      select: { template: true, subject: true, html: true, text: true },
    });
    expect(mails.map((mail) => mail.template)).toEqual(
      expect.arrayContaining(["proposal-status-changed", "proposal-message", "proposal-assigned"]),
    );
    for (const mail of mails) {
      expect(mail.subject + mail.html + mail.text).not.toContain(secret);
      expect(mail.html + mail.text).not.toContain("社外秘");
    }
  });
});

// ───────────────────────────── Assignment ─────────────────────────────

describe("assignment", () => {
  it("gives a proposal to a colleague, who gets a mail in their language; taking it yourself sends none", async () => {
    const row = await proposal({ status: "SUBMITTED" });
    const outcome = await act(row.number, cookies.coordinator, {
      intent: "assign",
      version: String(row.version),
      assigneeId: colleague.id,
    });
    expect(statusOf(outcome)).toBe(302);
    const stored = await prisma.proposal.findUniqueOrThrow({ where: { id: row.id }, select: { assigneeId: true, version: true } });
    expect(stored).toEqual({ assigneeId: colleague.id, version: row.version + 1 });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { targetType: "proposal", targetId: row.id, action: "proposal.assigned" },
      select: { actorId: true, details: true },
    });
    expect(audit).toMatchObject({ actorId: coordinator.id, details: { number: row.number, from: null, to: colleague.id } });
    const mails = await prisma.emailMessage.findMany({
      where: { template: "proposal-assigned", userId: colleague.id, text: { contains: `/coordinate/proposals/${row.number}` } },
      select: { language: true, subject: true, text: true, toAddress: true },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ language: "en", toAddress: colleague.email });
    expect(mails[0]!.subject).toBe(`Proposal No. ${row.number} is now yours to review — Shiojiri Co-creation Hub`);
    expect(mails[0]!.text).toContain(coordinator.displayName);
    expect(mails[0]!.text).toContain(`http://hub.test/coordinate/proposals/${row.number}`);

    // The colleague gives it back to the coordinator, who then unassigns it; only the first mail exists for them.
    expect(
      statusOf(
        await act(row.number, cookies.colleague, { intent: "assign", version: String(row.version + 1), assigneeId: coordinator.id }),
      ),
    ).toBe(302);
    expect(
      await prisma.emailMessage.count({
        where: { template: "proposal-assigned", userId: coordinator.id, text: { contains: `/coordinate/proposals/${row.number}` } },
      }),
    ).toBe(1);
    expect(
      statusOf(
        await act(row.number, cookies.coordinator, { intent: "assign", version: String(row.version + 2), assigneeId: coordinator.id }),
      ),
    ).toBe(302);
    expect(
      statusOf(await act(row.number, cookies.coordinator, { intent: "assign", version: String(row.version + 2), assigneeId: "" })),
    ).toBe(302);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: row.id }, select: { assigneeId: true, version: true } })).toEqual({
      assigneeId: null,
      version: row.version + 3,
    });
    expect(
      await prisma.emailMessage.count({
        where: { template: "proposal-assigned", userId: coordinator.id, text: { contains: `/coordinate/proposals/${row.number}` } },
      }),
    ).toBe(1);
  });

  it("only to coordinators and admins", async () => {
    const row = await proposal({ status: "SUBMITTED" });
    for (const assigneeId of [owner.id, resident.id, randomUUID(), "not-an-id"]) {
      const outcome = (await act(row.number, cookies.coordinator, { intent: "assign", version: String(row.version), assigneeId })) as Reply;
      expect(statusOf(outcome)).toBe(400);
      expect(outcome.data.intent).toBe("assign");
    }
    expect(
      statusOf(await act(row.number, cookies.coordinator, { intent: "assign", version: String(row.version), assigneeId: admin.id })),
    ).toBe(302);
  });

  it("answers a stale version with 409 naming who changed it, and changes nothing", async () => {
    const row = await proposal({ status: "SUBMITTED" });
    expect(
      statusOf(await act(row.number, cookies.colleague, { intent: "assign", version: String(row.version), assigneeId: colleague.id })),
    ).toBe(302);
    const stale = (await act(row.number, cookies.coordinator, {
      intent: "assign",
      version: String(row.version),
      assigneeId: coordinator.id,
    })) as Reply;
    expect(statusOf(stale)).toBe(409);
    expect(stale.data.conflict).toMatchObject({ changedBy: colleague.displayName, version: row.version + 1 });
    expect(stale.data.result?.initialValue?.assigneeId).toBe(coordinator.id);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: row.id }, select: { assigneeId: true } })).assigneeId).toBe(
      colleague.id,
    );
  });
});

// ───────────────────────────── Decisions ─────────────────────────────

describe("decisions", () => {
  it("starting the review moves SUBMITTED → UNDER_REVIEW and makes the starter the assignee when nobody was", async () => {
    const row = await proposal({ status: "SUBMITTED" });
    expect(statusOf(await act(row.number, cookies.coordinator, { intent: "start", version: String(row.version) }))).toBe(302);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, assigneeId: true } })).toEqual({
      status: "UNDER_REVIEW",
      assigneeId: coordinator.id,
    });
    // Someone already assigned keeps it.
    const taken = await proposal({ status: "SUBMITTED", assigneeId: colleague.id });
    expect(statusOf(await act(taken.number, cookies.coordinator, { intent: "start", version: String(taken.version) }))).toBe(302);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: taken.id }, select: { status: true, assigneeId: true } })).toEqual({
      status: "UNDER_REVIEW",
      assigneeId: colleague.id,
    });
  });

  it("asking for information needs a question, which the partner then reads", async () => {
    const row = await proposal({ status: "UNDER_REVIEW" });
    const blank = (await act(row.number, cookies.coordinator, { intent: "ask", version: String(row.version), message: " " })) as Reply;
    expect(statusOf(blank)).toBe(400);
    expect(blank.data.result?.error?.message).toEqual(["validation.required"]);
    expect(
      statusOf(
        await act(row.number, cookies.coordinator, {
          intent: "ask",
          version: String(row.version),
          message: "体制を詳しく教えてください。",
        }),
      ),
    ).toBe(302);
    expect((await getProposalForPartnerMember(row.number, owner.id, "ja"))?.infoRequest).toBe("体制を詳しく教えてください。");
  });

  it("accepting or declining needs a reason the partner reads; a move the status does not allow is refused", async () => {
    const row = await proposal({ status: "UNDER_REVIEW" });
    const noReason = (await act(row.number, cookies.coordinator, {
      intent: "decide",
      version: String(row.version),
      decision: "ACCEPTED",
      reason: "",
    })) as Reply;
    expect(statusOf(noReason)).toBe(400);
    expect(noReason.data.result?.error?.reason).toEqual(["validation.required"]);
    const noDecision = (await act(row.number, cookies.coordinator, {
      intent: "decide",
      version: String(row.version),
      reason: "理由",
    })) as Reply;
    expect(statusOf(noDecision)).toBe(400);
    expect(
      statusOf(
        await act(row.number, cookies.coordinator, {
          intent: "decide",
          version: String(row.version),
          decision: "ACCEPTED",
          reason: "趣旨に合うため採択します。",
        }),
      ),
    ).toBe(302);
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, decisionReason: true } })).toEqual({
      status: "ACCEPTED",
      decisionReason: "趣旨に合うため採択します。",
    });
    expect((await getProposalForPartnerMember(row.number, owner.id, "ja"))?.decisionReason).toBe("趣旨に合うため採択します。");

    // NEEDS_INFO may be declined but not accepted.
    const waiting = await proposal({ status: "NEEDS_INFO" });
    const accept = (await act(waiting.number, cookies.coordinator, {
      intent: "decide",
      version: String(waiting.version),
      decision: "ACCEPTED",
      reason: "採択",
    })) as Reply;
    expect(statusOf(accept)).toBe(409);
    expect(accept.data.result?.error?.[""]).toEqual(["review.page.notAllowed"]);
    expect(
      statusOf(
        await act(waiting.number, cookies.coordinator, {
          intent: "decide",
          version: String(waiting.version),
          decision: "DECLINED",
          reason: "見送ります。",
        }),
      ),
    ).toBe(302);
  });

  it("the second coordinator acting on the same version gets 409 with who and when, keeping what they typed", async () => {
    const row = await proposal({ status: "UNDER_REVIEW" });
    expect(
      statusOf(
        await act(row.number, cookies.colleague, {
          intent: "decide",
          version: String(row.version),
          decision: "DECLINED",
          reason: "今期は見送ります。",
        }),
      ),
    ).toBe(302);
    const typed = "とても良い提案なので採択します。";
    const stale = (await act(row.number, cookies.coordinator, {
      intent: "decide",
      version: String(row.version),
      decision: "ACCEPTED",
      reason: typed,
    })) as Reply;
    expect(statusOf(stale)).toBe(409);
    expect(stale.data.intent).toBe("decide");
    expect(stale.data.conflict).toMatchObject({ changedBy: colleague.displayName, version: row.version + 1 });
    expect(stale.data.result?.initialValue).toMatchObject({ reason: typed, decision: "ACCEPTED" });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, decisionReason: true } })).toEqual({
      status: "DECLINED",
      decisionReason: "今期は見送ります。",
    });

    // A note written after the decision changes no version, so the conflict still names who decided.
    expect(statusOf(await act(row.number, cookies.admin, { intent: "note", body: "記録のためのメモ" }))).toBe(302);
    const asking = (await act(row.number, cookies.coordinator, {
      intent: "ask",
      version: String(row.version),
      message: "質問です",
    })) as Reply;
    expect(asking.data.conflict?.changedBy).toBe(colleague.displayName);
    expect(statusOf(asking)).toBe(409);
    expect(asking.data.result?.initialValue?.message).toBe("質問です");
  });

  it("a coordinator's reply goes into the thread as the coordinators' side", async () => {
    const row = await proposal({ status: "SUBMITTED" });
    expect(statusOf(await act(row.number, cookies.coordinator, { intent: "message", body: "ご提案ありがとうございます。" }))).toBe(302);
    const messages = await prisma.proposalMessage.findMany({
      where: { proposalId: row.id },
      select: { side: true, body: true, authorId: true },
    });
    expect(messages).toEqual([{ side: "COORDINATOR", body: "ご提案ありがとうございます。", authorId: coordinator.id }]);
    const empty = (await act(row.number, cookies.coordinator, { intent: "message", body: "" })) as Reply;
    expect(statusOf(empty)).toBe(400);
    expect(empty.data.intent).toBe("message");
    expect(statusOf(await act(row.number, cookies.coordinator, { intent: "nonsense" }))).toBe(400);
  });
});

// ───────────────────────────── Counts on challenge pages ─────────────────────────────

describe("proposal counts on a challenge's page", () => {
  let challenge: { id: string; number: number };

  beforeAll(async () => {
    challenge = await createChallenge(prisma, { strategyCode: "C", titleJa: `${marker} 数える課題`, fieldNumbers: [7], status: "OPEN" });
    challengeIds.push(challenge.id);
    const on = { challengeId: challenge.id };
    await proposal({ ...on, status: "DRAFT" });
    await proposal({ ...on, status: "WITHDRAWN" });
    await proposal({ ...on, status: "SUBMITTED" });
    await proposal({ ...on, status: "NEEDS_INFO", partnerId: privatePartnerId });
    await proposal({ ...on, status: "DECLINED", showPartnerPublicly: true });
    await proposal({ ...on, status: "ACCEPTED", showPartnerPublicly: false });
    await proposal({ ...on, status: "ACCEPTED", showPartnerPublicly: true });
    await proposal({ ...on, status: "ACCEPTED", showPartnerPublicly: true, partnerId: privatePartnerId });
  });

  it("counts what partners sent (not drafts, not withdrawn) and names only accepted partners who agreed and are public", async () => {
    const summary = await getChallengeProposalSummary(challenge.id);
    expect(summary).toEqual({ total: 6, namedPartners: [{ id: publicPartnerId, name: `${marker} 公開団体` }] });
    const data = await challengePageLoader(args(`/challenges/${challenge.number}`, { number: String(challenge.number) }));
    expect(data.proposals).toEqual(summary);
    const json = JSON.stringify(data);
    expect(json).not.toContain(`${marker} 非公開団体`);
    expect(json).not.toContain(`@${ns.domain}`);
    expect(json).not.toContain(marker + " SUBMITTED");
  });

  it("keeps the challenge page to a fixed number of statements: one more (count and names together) than before", async () => {
    const load = () => challengePageLoader(args(`/challenges/${challenge.number}`, { number: String(challenge.number) }));
    await load();
    const recorded = await recordQueries(load);
    expect(recorded.statements.filter((statement) => statement.includes('"Proposal"'))).toHaveLength(1);
    // Eight for the challenge and its names and links, one for the related challenges, one for the proposals, one
    // for the follower count and one for the initiatives it grew into (a signed-in reader adds their own follow row).
    expect(recorded.statements).toHaveLength(12);
  });

  it("shows the count per challenge on the coordinators' challenge list in one grouped statement", async () => {
    const load = () => coordinateChallengesLoader(args(`/coordinate/challenges?q=${encodeURIComponent(marker)}`, {}, cookies.coordinator));
    const recorded = await recordQueries(load);
    const data = recorded.result as Awaited<ReturnType<typeof coordinateChallengesLoader>>;
    expect(data.items.find((item) => item.number === challenge.number)?.proposals).toBe(6);
    expect(recorded.statements.filter((statement) => statement.includes('"Proposal"'))).toHaveLength(1);
  });
});
