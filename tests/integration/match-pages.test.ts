// The coordinators' match pages through their loaders and actions: who may open them, the board in a constant
// number of statements with its filters, moves and ending with a reason, and a stale page answered with 409
// that keeps the typed reason.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "../../app/features/accounts/account.server.ts";
import { createMatch, moveMatch } from "../../app/features/matching/match.server.ts";
import { action as matchAction, loader as matchLoader } from "~/routes/coordinate.matches.$number.tsx";
import { action as boardAction, loader as boardLoader } from "~/routes/coordinate.matches._index.tsx";
import { action as partnerMatchAction, loader as partnerMatchLoader } from "~/routes/matches.$number.tsx";
import { loader as partnerMatchesLoader } from "~/routes/matches._index.tsx";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createPartner, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("match-pages.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const clientContext = { clientIp: "10.6.6.6" };

let coordinator: { id: string; displayName: string };
let colleague: { id: string; displayName: string };
let cookies: { coordinator: string; resident: string };
let challenge: { id: string; number: number };
let strategyCode: string;

beforeAll(async () => {
  coordinator = await createUser(prisma, {
    email: ns.email("coordinator"),
    displayName: `調整役 ${randomUUID().slice(0, 6)}`,
    roles: ["COORDINATOR"],
  });
  colleague = await createUser(prisma, {
    email: ns.email("colleague"),
    displayName: `同僚 ${randomUUID().slice(0, 6)}`,
    roles: ["COORDINATOR"],
  });
  const resident = await createUser(prisma, { email: ns.email("resident"), displayName: "住民" });
  userIds.push(coordinator.id, colleague.id, resident.id);
  cookies = { coordinator: await sessionCookie(coordinator.id), resident: await sessionCookie(resident.id) };
  strategyCode = "C";
  const created = await createChallenge(prisma, { strategyCode, titleJa: `ボード試験課題 ${randomUUID().slice(0, 6)}`, status: "OPEN" });
  challenge = { id: created.id, number: created.number };
  challengeIds.push(created.id);
});

afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((match) => match.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

async function newMatch(ownerId: string | null = coordinator.id) {
  const partner = await createPartner(prisma, { displayName: `ボード試験団体 ${randomUUID().slice(0, 6)}`, strategyCodes: [strategyCode] });
  partnerIds.push(partner.id);
  const created = await createMatch({
    challengeId: challenge.id,
    partnerId: partner.id,
    ownerId,
    score: 64.4,
    scoreFactors: [
      { key: "skills", points: 20, max: 28, detail: {} },
      { key: "language", points: 10, max: 10, detail: {} },
    ],
    actor: { userId: coordinator.id },
  });
  if (!created.ok) throw new Error(created.reason);
  return created.match;
}

type BoardData = Awaited<ReturnType<typeof boardLoader>>;
type MatchData = Awaited<ReturnType<typeof matchLoader>>;

function board(query: string) {
  return boardLoader({
    request: getRequest(`/coordinate/matches${query}`, cookies.coordinator),
    params: {},
    context: clientContext,
  }) as Promise<BoardData>;
}

function boardNumbers(data: BoardData) {
  return data.columns.flatMap((column) => column.cards.map((card) => card.number));
}

function post(number: number, values: Record<string, string>) {
  return settle(() =>
    matchAction({
      request: postRequest(`/coordinate/matches/${number}`, cookies.coordinator, values),
      params: { number: String(number) },
      context: clientContext,
    }),
  );
}

describe("the board", () => {
  it("is for coordinators only", async () => {
    const anonymous = await settle(() => boardLoader({ request: getRequest("/coordinate/matches"), params: {}, context: clientContext }));
    expect(anonymous).toBeInstanceOf(Response);
    expect((anonymous as Response).status).toBe(302);
    const resident = await settle(() =>
      boardLoader({ request: getRequest("/coordinate/matches", cookies.resident), params: {}, context: clientContext }),
    );
    expect((resident as Response).status).toBe(403);
  });

  it("groups cards by stage, filters by strategy and coordinator, and lists ended ones only when asked", async () => {
    const [suggested, introduced, ended, unowned] = [await newMatch(), await newMatch(), await newMatch(), await newMatch(colleague.id)];
    await moveMatch({ matchId: introduced.id, expectedVersion: 1, to: "INTRODUCED", actor: { userId: coordinator.id } });
    await moveMatch({ matchId: ended.id, expectedVersion: 1, to: "ENDED", reason: "見送り", actor: { userId: coordinator.id } });
    const mine = await board(`?strategy=${strategyCode}&owner=${coordinator.id}`);
    expect(mine.columns.find((column) => column.stage === "SUGGESTED")?.cards.map((card) => card.number)).toContain(suggested.number);
    expect(mine.columns.find((column) => column.stage === "INTRODUCED")?.cards.map((card) => card.number)).toContain(introduced.number);
    expect(boardNumbers(mine)).not.toContain(unowned.number);
    expect(boardNumbers(mine)).not.toContain(ended.number);
    expect(mine.ended).toEqual([]);
    const card = mine.columns.flatMap((column) => column.cards).find((item) => item.number === suggested.number)!;
    expect(card).toMatchObject({
      score: 64,
      daysInStage: 0,
      challenge: { number: challenge.number, strategyCode },
      owner: { id: coordinator.id },
    });
    const withEnded = await board(`?strategy=${strategyCode}&ended=1`);
    expect(withEnded.ended.map((item) => item.number)).toContain(ended.number);
    expect(boardNumbers(withEnded)).toContain(unowned.number);
    const otherStrategy = await board(`?strategy=A&owner=${coordinator.id}`);
    expect(boardNumbers(otherStrategy)).not.toContain(suggested.number);
    const bogus = await board("?strategy=%%&owner=nope&ended=yes");
    expect(bogus.filters).toEqual({ strategy: undefined, owner: undefined, ended: undefined });
  });

  it("makes the same number of statements however many cards it shows", async () => {
    await board("");
    const before = await recordQueries(() => board("?ended=1"));
    await Promise.all([newMatch(), newMatch(), newMatch()]);
    const after = await recordQueries(() => board("?ended=1"));
    expect(boardNumbers(after.result).length).toBeGreaterThan(boardNumbers(before.result).length);
    expect(after.statements.length).toBe(before.statements.length);
    expect(after.statements.filter((statement) => statement.includes('"Match"'))).toHaveLength(1);
  });
});

describe("one match", () => {
  it("shows the frozen factors, history and only the allowed moves", async () => {
    const match = await newMatch();
    const data = (await matchLoader({
      request: getRequest(`/coordinate/matches/${match.number}`, cookies.coordinator),
      params: { number: String(match.number) },
      context: clientContext,
    })) as MatchData;
    expect(data.match.factors).toEqual([
      { key: "skills", points: 20, max: 28 },
      { key: "language", points: 10, max: 10 },
    ]);
    expect(data.match.moves).toEqual(["INTRODUCED", "ENDED"]);
    expect(data.match.events.map((event) => event.toStage)).toEqual(["SUGGESTED"]);
    const resident = await settle(() =>
      matchLoader({
        request: getRequest(`/coordinate/matches/${match.number}`, cookies.resident),
        params: { number: String(match.number) },
        context: clientContext,
      }),
    );
    expect((resident as Response).status).toBe(403);
    const missing = await settle(() =>
      matchLoader({
        request: getRequest("/coordinate/matches/999999999", cookies.coordinator),
        params: { number: "999999999" },
        context: clientContext,
      }),
    );
    expect((missing as Response).status).toBe(404);
  });

  it("moves forward, refuses what the table does not allow, and ends with a reason", async () => {
    const match = await newMatch();
    const moved = (await post(match.number, { intent: "move", version: "1", to: "INTRODUCED" })) as Response;
    expect(moved.status).toBe(302);
    const skipped = await post(match.number, { intent: "move", version: "2", to: "ACTIVE" });
    expect((skipped as { init: { status: number } }).init.status).toBe(409);
    const noReason = await post(match.number, { intent: "end", version: "2", reason: "" });
    expect((noReason as { init: { status: number } }).init.status).toBe(400);
    const ended = (await post(match.number, { intent: "end", version: "2", reason: "担当課の体制が整わないため" })) as Response;
    expect(ended.status).toBe(302);
    const row = await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { stage: true, endedReason: true } });
    expect(row).toEqual({ stage: "ENDED", endedReason: "担当課の体制が整わないため" });
  });

  it("answers a stale page with 409, who changed it, and the typed reason kept", async () => {
    const match = await newMatch();
    await moveMatch({ matchId: match.id, expectedVersion: 1, to: "INTRODUCED", actor: { userId: colleague.id } });
    const stale = (await post(match.number, { intent: "end", version: "1", reason: "古い画面からの終了" })) as {
      data: { intent: string; result: { initialValue: Record<string, unknown> }; conflict: { changedBy: string } };
      init: { status: number };
    };
    expect(stale.init.status).toBe(409);
    expect(stale.data.intent).toBe("end");
    expect(stale.data.conflict.changedBy).toBe(colleague.displayName);
    expect(stale.data.result.initialValue.reason).toBe("古い画面からの終了");
  });

  it("gives the match to another coordinator, and refuses someone who is not one", async () => {
    const match = await newMatch();
    const given = (await post(match.number, { intent: "owner", version: "1", ownerId: colleague.id })) as Response;
    expect(given.status).toBe(302);
    expect((await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { ownerId: true } })).ownerId).toBe(colleague.id);
    const resident = userIds[2]!;
    const refused = await post(match.number, { intent: "owner", version: "2", ownerId: resident });
    expect((refused as { init: { status: number } }).init.status).toBe(400);
  });
});

describe("a match whose partner has left", () => {
  // A partner who deleted their account (or an organisation whose last member did) can no longer be introduced
  // or agree to anything: moving such a match forward is refused with a message saying why; ending stays open.
  it("refuses every forward move and the introduction with a clear message, offers only ending, and still ends", async () => {
    const password = "a long enough passphrase 42";
    const person = await createUser(prisma, { email: ns.email("leaving"), displayName: "退会予定の人", password });
    userIds.push(person.id);
    const partner = await createPartner(prisma, { displayName: "退会予定の人", ownerId: person.id, strategyCodes: [strategyCode] });
    partnerIds.push(partner.id);
    const created = await createMatch({
      challengeId: challenge.id,
      partnerId: partner.id,
      ownerId: coordinator.id,
      score: 50,
      scoreFactors: [],
      actor: { userId: coordinator.id },
    });
    if (!created.ok) throw new Error(created.reason);
    const match = created.match;
    expect(await deleteAccount(person.id, password, { ip: "10.6.6.6", origin: "http://hub.test" })).toEqual({ ok: true });

    const page = (await matchLoader({
      request: getRequest(`/coordinate/matches/${match.number}`, cookies.coordinator),
      params: { number: String(match.number) },
      context: clientContext,
    })) as MatchData;
    expect(page.match.moves).toEqual(["ENDED"]);
    expect(page.match.partnerGone).toBe(true);

    type Refused = { data: { result: { error: Record<string, string[]> } }; init: { status: number } };
    const moved = (await post(match.number, { intent: "move", version: "1", to: "INTRODUCED" })) as Refused;
    expect(moved.init.status).toBe(409);
    expect(moved.data.result.error[""]).toEqual(["matching.pipeline.page.partnerGone"]);
    const introduced = (await post(match.number, {
      intent: "introduce",
      version: "1",
      counterpartName: "塩尻市 企画政策課",
      counterpartEmail: "kikaku@city.example",
      counterpartLanguage: "ja",
    })) as Refused;
    expect(introduced.init.status).toBe(409);
    expect(introduced.data.result.error[""]).toEqual(["matching.pipeline.page.partnerGone"]);
    expect(await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { stage: true, version: true } })).toEqual({
      stage: "SUGGESTED",
      version: 1,
    });
    expect(await prisma.emailMessage.count({ where: { toAddress: "kikaku@city.example" } })).toBe(0);

    const ended = (await post(match.number, { intent: "end", version: "1", reason: "パートナーが退会したため" })) as Response;
    expect(ended.status).toBe(302);
    expect(await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { stage: true } })).toEqual({ stage: "ENDED" });
  });
});

describe("introducing and consent", () => {
  let owner: { id: string; email: string };
  let member: { id: string; email: string };
  let stranger: { id: string; email: string };
  let partnerCookies: { owner: string; member: string; stranger: string };

  beforeAll(async () => {
    owner = await createUser(prisma, { email: ns.email("owner"), displayName: "代表者", language: "ja" });
    member = await createUser(prisma, { email: ns.email("member"), displayName: "Member", language: "en" });
    stranger = await createUser(prisma, { email: ns.email("stranger"), displayName: "他団体" });
    userIds.push(owner.id, member.id, stranger.id);
    partnerCookies = {
      owner: await sessionCookie(owner.id),
      member: await sessionCookie(member.id),
      stranger: await sessionCookie(stranger.id),
    };
  });

  async function partnerMatch(contact: { contactEmail?: string | null; contactPhone?: string | null }) {
    const partner = await createPartner(prisma, {
      kind: "ORGANISATION",
      displayName: `紹介試験団体 ${randomUUID().slice(0, 6)}`,
      ownerId: owner.id,
      memberIds: [member.id],
      headline: "古民家の再生",
      bio: "長野県内で古民家の改修を手がけています。\n\n二段落目は載せません。",
      ...contact,
    });
    partnerIds.push(partner.id);
    const created = await createMatch({
      challengeId: challenge.id,
      partnerId: partner.id,
      ownerId: coordinator.id,
      score: 50,
      scoreFactors: [],
      actor: { userId: coordinator.id },
    });
    if (!created.ok) throw new Error(created.reason);
    return created.match;
  }

  const counterpartEmail = () => ns.email("counterpart");

  function partnerPost(number: number, cookie: string, intent: string) {
    return settle(() =>
      partnerMatchAction({
        request: postRequest(`/matches/${number}`, cookie, { intent }),
        params: { number: String(number) },
        context: clientContext,
      }),
    );
  }

  function mails(address: string) {
    return prisma.emailMessage.findMany({
      where: { toAddress: address, template: "match-introduction" },
      select: { language: true, subject: true, text: true, userId: true },
    });
  }

  it("lets only the partner's members see the match and give consent, which the counterpart's mail then carries", async () => {
    const match = await partnerMatch({ contactEmail: "contact@partner.example", contactPhone: "0263-11-2222" });
    const list = (await partnerMatchesLoader({
      request: getRequest("/matches", partnerCookies.member),
      params: {},
      context: clientContext,
    })) as Awaited<ReturnType<typeof partnerMatchesLoader>>;
    expect(list.matches.map((item) => item.number)).toContain(match.number);
    const strangerList = (await partnerMatchesLoader({
      request: getRequest("/matches", partnerCookies.stranger),
      params: {},
      context: clientContext,
    })) as Awaited<ReturnType<typeof partnerMatchesLoader>>;
    expect(strangerList.matches.map((item) => item.number)).not.toContain(match.number);
    const strangerPage = await settle(() =>
      partnerMatchLoader({
        request: getRequest(`/matches/${match.number}`, partnerCookies.stranger),
        params: { number: String(match.number) },
        context: clientContext,
      }),
    );
    expect((strangerPage as Response).status).toBe(404);
    expect(((await partnerPost(match.number, partnerCookies.stranger, "consent")) as Response).status).toBe(404);

    expect(((await partnerPost(match.number, partnerCookies.member, "consent")) as Response).status).toBe(302);
    const consented = await prisma.match.findUniqueOrThrow({
      where: { id: match.id },
      select: { contactConsentAt: true, contactConsentById: true },
    });
    expect(consented.contactConsentAt).not.toBeNull();
    expect(consented.contactConsentById).toBe(member.id);
    expect(await prisma.auditLog.count({ where: { targetType: "match", targetId: match.id, action: "match.consent_recorded" } })).toBe(1);

    const address = counterpartEmail();
    const introduced = (await post(match.number, {
      intent: "introduce",
      version: "2",
      counterpartName: "塩尻 太郎",
      counterpartEmail: address,
      counterpartLanguage: "en",
    })) as Response;
    expect(introduced.status).toBe(302);
    const row = await prisma.match.findUniqueOrThrow({
      where: { id: match.id },
      select: { stage: true, counterpartName: true, counterpartEmail: true, counterpartLanguage: true },
    });
    expect(row).toEqual({ stage: "INTRODUCED", counterpartName: "塩尻 太郎", counterpartEmail: address, counterpartLanguage: "en" });
    const [toCounterpart] = await mails(address);
    expect(toCounterpart).toMatchObject({ language: "en", userId: null });
    expect(toCounterpart!.text).toContain("contact@partner.example");
    expect(toCounterpart!.text).toContain("0263-11-2222");
    expect(toCounterpart!.text).toContain("古民家の再生");
    expect(toCounterpart!.text).not.toContain("二段落目");
    const [toOwner] = await mails(owner.email);
    const [toMember] = await mails(member.email);
    expect(toOwner).toMatchObject({ language: "ja", userId: owner.id });
    expect(toMember).toMatchObject({ language: "en", userId: member.id });
    for (const mail of [toOwner!, toMember!]) {
      expect(mail.text).toContain("塩尻 太郎");
      expect(mail.text).toContain(address);
      expect(mail.text).toContain(`/matches/${match.number}`);
    }
    expect(await prisma.auditLog.count({ where: { targetType: "match", targetId: match.id, action: "match.introduced" } })).toBe(1);

    // After the introduction the partner sees the counterpart, and can no longer withdraw.
    const page = (await partnerMatchLoader({
      request: getRequest(`/matches/${match.number}`, partnerCookies.owner),
      params: { number: String(match.number) },
      context: clientContext,
    })) as Awaited<ReturnType<typeof partnerMatchLoader>>;
    expect(page.match.counterpart).toEqual({ name: "塩尻 太郎", email: address });
    const withdraw = await partnerPost(match.number, partnerCookies.owner, "withdraw");
    expect((withdraw as { init: { status: number } }).init.status).toBe(409);
  });

  it("leaves the partner's contact details out of the counterpart's mail without consent, and falls back to an owner's e-mail with it", async () => {
    const withoutConsent = await partnerMatch({ contactEmail: "secret@partner.example" });
    const address = counterpartEmail();
    await post(withoutConsent.number, {
      intent: "introduce",
      version: "1",
      counterpartName: "担当 花子",
      counterpartEmail: address,
      counterpartLanguage: "ja",
    });
    const [mail] = await mails(address);
    expect(mail!.language).toBe("ja");
    expect(mail!.text).not.toContain("secret@partner.example");
    expect(mail!.text).not.toContain(owner.email);

    const byPhone = await partnerMatch({});
    const recorded = (await post(byPhone.number, { intent: "consent", version: "1" })) as Response;
    expect(recorded.status).toBe(302);
    expect(
      (await prisma.match.findUniqueOrThrow({ where: { id: byPhone.id }, select: { contactConsentById: true } })).contactConsentById,
    ).toBe(coordinator.id);
    const second = counterpartEmail();
    await post(byPhone.number, {
      intent: "introduce",
      version: "2",
      counterpartName: "担当 次郎",
      counterpartEmail: second,
      counterpartLanguage: "ja",
    });
    const [withFallback] = await mails(second);
    expect(withFallback!.text).toContain(owner.email);
  });

  it("withdraws consent before the introduction, and refuses a bad counterpart keeping what was typed", async () => {
    const match = await partnerMatch({});
    await partnerPost(match.number, partnerCookies.owner, "consent");
    expect(((await partnerPost(match.number, partnerCookies.owner, "withdraw")) as Response).status).toBe(302);
    expect(
      (await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { contactConsentAt: true } })).contactConsentAt,
    ).toBeNull();
    const bad = (await post(match.number, {
      intent: "introduce",
      version: "3",
      counterpartName: "担当",
      counterpartEmail: "not-an-address",
      counterpartLanguage: "ja",
    })) as {
      data: { result: { initialValue: Record<string, unknown>; error: Record<string, string[]> } };
      init: { status: number };
    };
    expect(bad.init.status).toBe(400);
    expect(bad.data.result.initialValue.counterpartEmail).toBe("not-an-address");
    expect(bad.data.result.error.counterpartEmail).toEqual(["validation.emailInvalid"]);
    expect((await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { stage: true } })).stage).toBe("SUGGESTED");
  });
});

describe("a match from an accepted proposal", () => {
  it("creates the match with the proposal, then takes the coordinator to the open one instead of a second", async () => {
    const partner = await createPartner(prisma, {
      displayName: `提案元団体 ${randomUUID().slice(0, 6)}`,
      ownerId: coordinator.id,
      kind: "ORGANISATION",
    });
    partnerIds.push(partner.id);
    const accepted = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: coordinator.id,
      coordinatorId: coordinator.id,
      challengeId: challenge.id,
      title: "採択された提案",
      status: "ACCEPTED",
    });
    const submitted = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: coordinator.id,
      challengeId: challenge.id,
      title: "審査前の提案",
      status: "SUBMITTED",
    });
    const fromProposal = (number: number) =>
      settle(() =>
        boardAction({
          request: postRequest("/coordinate/matches", cookies.coordinator, { intent: "from-proposal", proposal: String(number) }),
          params: {},
          context: clientContext,
        }),
      );
    const first = (await fromProposal(accepted.number)) as Response;
    expect(first.status).toBe(302);
    const match = await prisma.match.findFirstOrThrow({
      where: { proposalId: accepted.id },
      select: { number: true, partnerId: true, challengeId: true, stage: true, ownerId: true },
    });
    expect(match).toMatchObject({ partnerId: partner.id, challengeId: challenge.id, stage: "SUGGESTED", ownerId: coordinator.id });
    expect(first.headers.get("Location")).toBe(`/coordinate/matches/${match.number}`);
    const again = (await fromProposal(accepted.number)) as Response;
    expect(again.headers.get("Location")).toBe(`/coordinate/matches/${match.number}`);
    expect(await prisma.match.count({ where: { partnerId: partner.id } })).toBe(1);
    // Two clicks at once after the match was ended: one new match, both land on it.
    await prisma.match.update({ where: { number: match.number }, data: { stage: "ENDED", endedReason: "やり直し" } });
    const twice = (await Promise.all([fromProposal(accepted.number), fromProposal(accepted.number)])) as Response[];
    expect(twice.map((response) => response.status)).toEqual([302, 302]);
    const reopened = await prisma.match.findFirstOrThrow({
      where: { proposalId: accepted.id, stage: "SUGGESTED" },
      select: { number: true },
    });
    expect(twice.map((response) => response.headers.get("Location"))).toEqual([
      `/coordinate/matches/${reopened.number}`,
      `/coordinate/matches/${reopened.number}`,
    ]);
    expect(await prisma.match.count({ where: { partnerId: partner.id, stage: "SUGGESTED" } })).toBe(1);
    const refused = await fromProposal(submitted.number);
    expect((refused as { init: { status: number } }).init.status).toBe(409);
    const resident = await settle(() =>
      boardAction({
        request: postRequest("/coordinate/matches", cookies.resident, { intent: "from-proposal", proposal: String(accepted.number) }),
        params: {},
        context: clientContext,
      }),
    );
    expect((resident as Response).status).toBe(403);
  });
});
