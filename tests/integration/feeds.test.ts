// Activity feeds (Atom) and calendar feeds (iCal) on a real database, read back by a real feed parser and a
// minimal iCalendar reader: every kind of activity becomes an entry, newest first; drafts and archived challenges
// never show; unknown subjects are 404s; the language follows ?lng=; calendar events keep their UID while
// SEQUENCE grows with each edit; validators answer 304.
import { randomUUID } from "node:crypto";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordActivity } from "../../app/features/following/activity.server.ts";
import { changeInitiativeStatus, type InitiativeActor } from "../../app/features/initiatives/initiative.server.ts";
import {
  postInitiativeUpdate,
  saveMilestone,
  saveOutcome,
  setMilestoneAchieved,
} from "../../app/features/initiatives/initiative-updates.server.ts";
import { loader as areaActivityLoader } from "~/routes/areas.$slug.activity[.]atom.ts";
import { loader as hubCalendarLoader } from "~/routes/calendar[.]ics.ts";
import { loader as fieldActivityLoader } from "~/routes/fields.$number.activity[.]atom.ts";
import { loader as initiativeActivityLoader } from "~/routes/initiatives.$number.activity[.]atom.ts";
import { loader as initiativeCalendarLoader } from "~/routes/initiatives.$number.calendar[.]ics.ts";
import { loader as strategyActivityLoader } from "~/routes/strategies.$code.activity[.]atom.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { subscribeHrefs, subscribeLinks } from "../../app/features/following/feed-links.ts";
import { getI18nInstance } from "../../app/kernel/i18n/i18next.server.ts";
import { createChallenges, createInitiative, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";
import { loaderArgs } from "../support/requests.ts";

const ns = accountNamespace("feeds.test");
const marker = `フィード試験${randomUUID().slice(0, 6)}`;
const userIds: string[] = [];
const challengeIds: string[] = [];
let coordinator: InitiativeActor;
let initiative: { id: string; number: number };
let quiet: { id: string; number: number };
const challenges = { open: { id: "", number: 0 }, draft: { id: "", number: 0 }, archived: { id: "", number: 0 } };
const milestones = { allDay: "", timed: "" };
let updateId = "";

beforeAll(async () => {
  const user = await createUser(prisma, { email: ns.email("coordinator"), displayName: `調整役 ${marker}`, roles: ["COORDINATOR"] });
  userIds.push(user.id);
  coordinator = { id: user.id, displayName: user.displayName, roles: ["COORDINATOR"] };

  const rows = await createChallenges(prisma, [
    {
      strategyCode: "B",
      titleJa: `${marker} 公開中の課題`,
      titleEn: `${marker} An open challenge`,
      summaryJa: "公開中の課題の概要",
      fieldNumbers: [4],
      areaSlug: "narakawa",
      deadline: new Date("2027-01-15T00:00:00Z"),
    },
    {
      strategyCode: "B",
      titleJa: `${marker} 下書きの課題`,
      status: "DRAFT",
      fieldNumbers: [4],
      areaSlug: "narakawa",
      deadline: new Date("2027-01-16T00:00:00Z"),
    },
    {
      strategyCode: "B",
      titleJa: `${marker} アーカイブ済みの課題`,
      status: "ARCHIVED",
      fieldNumbers: [4],
      areaSlug: "narakawa",
      deadline: new Date("2027-01-17T00:00:00Z"),
    },
  ]);
  [challenges.open, challenges.draft, challenges.archived] = rows.map((row) => ({ id: row.id, number: row.number })) as [
    typeof challenges.open,
    typeof challenges.open,
    typeof challenges.open,
  ];
  challengeIds.push(...rows.map((row) => row.id));

  const created = await createInitiative(prisma, {
    strategyCode: "B",
    titleJa: `${marker} 楢川の漆器をつなぐ`,
    titleEn: `${marker} Keeping Narakawa lacquerware going`,
    areaSlug: "narakawa",
    summaryJa: "漆器の職人と若い作り手をつなぎます。",
  });
  initiative = { id: created.id, number: created.number };
  const field = await prisma.strategyField.findUniqueOrThrow({ where: { number: 4 }, select: { id: true } });
  await prisma.initiativeField.create({ data: { initiativeId: initiative.id, fieldId: field.id, isPrimary: true } });
  const other = await createInitiative(prisma, { strategyCode: "A", titleJa: `${marker} 動きのない取り組み`, areaSlug: "seba" });
  quiet = { id: other.id, number: other.number };

  // The history, in order; each step through the code that writes it in the app.
  const step = async <T>(work: () => Promise<T>) => {
    const result = await work();
    await new Promise((resolve) => setTimeout(resolve, 5));
    return result;
  };
  await step(() => recordActivity(prisma, { challengeId: challenges.open.id, kind: "CHALLENGE_PUBLISHED", actorId: coordinator.id }));
  // Activities of challenges that are not public (any more) must never show.
  await step(() => recordActivity(prisma, { challengeId: challenges.draft.id, kind: "CHALLENGE_PUBLISHED", actorId: coordinator.id }));
  await step(() => recordActivity(prisma, { challengeId: challenges.archived.id, kind: "CHALLENGE_PUBLISHED", actorId: coordinator.id }));
  await step(() => recordActivity(prisma, { initiativeId: initiative.id, kind: "INITIATIVE_STARTED", actorId: coordinator.id }));
  const posted = await step(() =>
    postInitiativeUpdate({
      actor: coordinator,
      initiativeId: initiative.id,
      values: {
        title: `${marker} 最初の活動報告`,
        body: "## 工房を訪ねました\n\n**職人** の話を聞きました。<script>alert(1)</script> 終わり ]]> です。",
        language: "ja",
      },
      images: [],
    }),
  );
  if (!posted.ok) throw new Error("update not posted");
  updateId = posted.id;
  const allDay = await step(() =>
    saveMilestone({
      actor: coordinator,
      initiativeId: initiative.id,
      values: {
        kind: "MILESTONE",
        titleJa: `${marker} 試作品の完成`,
        titleEn: `${marker} Prototype ready`,
        descriptionJa: "最初の試作品",
        descriptionEn: null,
        date: "2026-12-10",
        locationJa: null,
        locationEn: null,
      },
    }),
  );
  const timed = await step(() =>
    saveMilestone({
      actor: coordinator,
      initiativeId: initiative.id,
      values: {
        kind: "EVENT",
        titleJa: `${marker} 説明会`,
        titleEn: `${marker} Open meeting`,
        descriptionJa: "",
        descriptionEn: null,
        date: "2026-12-05",
        startTime: "13:30",
        endTime: "15:00",
        locationJa: "楢川公民館",
        locationEn: "Narakawa community hall",
      },
    }),
  );
  if (!allDay.ok || !timed.ok) throw new Error("milestones not saved");
  milestones.allDay = allDay.id;
  milestones.timed = timed.id;
  await step(() => setMilestoneAchieved({ actor: coordinator, initiativeId: initiative.id, milestoneId: allDay.id, achieved: true }));
  await step(() =>
    saveOutcome({
      actor: coordinator,
      initiativeId: initiative.id,
      values: {
        labelJa: "参加した職人",
        labelEn: "Craftspeople taking part",
        value: "12",
        unitJa: "人",
        unitEn: "people",
        achievedOn: "2026-11-20",
        noteJa: "",
        noteEn: null,
      },
    }),
  );
  const moved = await step(() =>
    changeInitiativeStatus({ actor: coordinator, number: initiative.number, expectedVersion: 1, to: "PAUSED", reason: "冬の間は休みます" }),
  );
  if (!moved.ok) throw new Error("status not changed");
});

afterAll(async () => {
  const initiativeIds = [initiative?.id, quiet?.id].filter(Boolean) as string[];
  await prisma.activity.deleteMany({ where: { OR: [{ initiativeId: { in: initiativeIds } }, { challengeId: { in: challengeIds } }] } });
  await prisma.auditLog.deleteMany({ where: { targetType: "initiative", targetId: { in: initiativeIds } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

type AtomCategory = { $: { term: string } };
const parser = new Parser<Record<string, unknown>, { atomCategories: AtomCategory[]; id: string; content: string }>({
  customFields: { item: [["category", "atomCategories", { keepArray: true }], "id"] },
});

async function readFeed(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
  const xml = await response.text();
  const feed = await parser.parseString(xml);
  return { xml, feed, kinds: feed.items.map((item) => item.atomCategories[0]!.$.term) };
}

const initiativeKinds = [
  "INITIATIVE_STATUS_CHANGED",
  "OUTCOME_RECORDED",
  "MILESTONE_ACHIEVED",
  "MILESTONE_ADDED",
  "MILESTONE_ADDED",
  "INITIATIVE_UPDATE_POSTED",
  "INITIATIVE_STARTED",
];

describe("Atom activity feeds", () => {
  it("gives one entry per activity of an initiative, newest first, with texts, links and the update's sanitised content", async () => {
    const response = await initiativeActivityLoader(
      loaderArgs(`/initiatives/${initiative.number}/activity.atom`, { number: String(initiative.number) }),
    );
    const { xml, feed, kinds } = await readFeed(response);
    expect(kinds).toEqual(initiativeKinds);
    expect(feed.title).toBe(`取り組み「${marker} 楢川の漆器をつなぐ」の動き | しおじり共創ハブ`);
    expect(xml).toContain('xml:lang="ja"');
    const dates = feed.items.map((item) => Date.parse(item.isoDate ?? ""));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(initiativeKinds.length);

    const [status, outcome, achieved, , added, update, started] = feed.items;
    expect(status!.title).toBe(`取り組み「${marker} 楢川の漆器をつなぐ」が「休止中」になりました`);
    expect(outcome!.content).toContain("参加した職人：12 人");
    expect(achieved!.title).toContain(`マイルストーン「${marker} 試作品の完成」が達成されました`);
    expect(added!.title).toContain(`${marker} 試作品の完成`);
    expect(added!.content).toContain("2026年12月10日");
    expect(update!.title).toBe(`取り組み「${marker} 楢川の漆器をつなぐ」に活動報告「${marker} 最初の活動報告」が投稿されました`);
    expect(update!.link).toBe(`http://localhost/initiatives/${initiative.number}#update-${updateId}`);
    expect(update!.content).toMatch(/<h\d>工房を訪ねました<\/h\d>/);
    expect(update!.content).toContain("<strong>職人</strong>");
    expect(update!.content).toContain("]]&gt; です");
    expect(update!.content).not.toContain("<script");
    expect(started!.link).toBe(`http://localhost/initiatives/${initiative.number}`);
    expect(started!.content).toContain("漆器の職人と若い作り手をつなぎます。");
  });

  it("reads one initiative's feed in one statement", async () => {
    const { statements } = await recordQueries(() =>
      initiativeActivityLoader(loaderArgs(`/initiatives/${initiative.number}/activity.atom`, { number: String(initiative.number) })),
    );
    expect(statements).toHaveLength(1);
  });

  it("switches texts to English with ?lng=en (titles fall back to Japanese only where no English exists)", async () => {
    const response = await initiativeActivityLoader(
      loaderArgs(`/initiatives/${initiative.number}/activity.atom?lng=en`, { number: String(initiative.number) }),
    );
    const { xml, feed } = await readFeed(response);
    expect(xml).toContain('xml:lang="en"');
    expect(feed.title).toContain(`${marker} Keeping Narakawa lacquerware going`);
    expect(feed.items[0]!.title).not.toMatch(/[ぁ-ん]/);
    expect(feed.items.find((item) => item.content?.includes("This update is written in Japanese."))).toBeDefined();
  });

  it("lists a strategy's, field's and area's activities of initiatives and public challenges, never drafts or archived ones", async () => {
    for (const [loader, path, params] of [
      [strategyActivityLoader, "/strategies/b/activity.atom", { code: "b" }],
      [fieldActivityLoader, "/fields/4/activity.atom", { number: "4" }],
      [areaActivityLoader, "/areas/narakawa/activity.atom", { slug: "narakawa" }],
    ] as const) {
      const { xml, feed, kinds } = await readFeed(await loader(loaderArgs(path, params)));
      const ours = feed.items.filter((item) => item.title?.includes(marker));
      expect(ours.map((item) => item.atomCategories[0]!.$.term)).toEqual([...initiativeKinds, "CHALLENGE_PUBLISHED"]);
      expect(ours.at(-1)!.link).toBe(`http://localhost/challenges/${challenges.open.number}`);
      expect(xml).not.toContain("下書きの課題");
      expect(xml).not.toContain("アーカイブ済みの課題");
      expect(kinds.length).toBeLessThanOrEqual(50);
    }
    const other = await readFeed(await strategyActivityLoader(loaderArgs("/strategies/A/activity.atom", { code: "A" })));
    expect(other.xml).not.toContain("楢川の漆器をつなぐ");
  });

  it("answers 404 for an initiative, strategy, field or area that does not exist, and an empty feed for a quiet initiative", async () => {
    expect((await initiativeActivityLoader(loaderArgs("/initiatives/99999999/activity.atom", { number: "99999999" }))).status).toBe(404);
    expect((await initiativeActivityLoader(loaderArgs("/initiatives/abc/activity.atom", { number: "abc" }))).status).toBe(404);
    expect((await strategyActivityLoader(loaderArgs("/strategies/Z/activity.atom", { code: "Z" }))).status).toBe(404);
    expect((await fieldActivityLoader(loaderArgs("/fields/99/activity.atom", { number: "99" }))).status).toBe(404);
    expect((await areaActivityLoader(loaderArgs("/areas/nowhere/activity.atom", { slug: "nowhere" }))).status).toBe(404);
    const { feed } = await readFeed(
      await initiativeActivityLoader(loaderArgs(`/initiatives/${quiet.number}/activity.atom`, { number: String(quiet.number) })),
    );
    expect(feed.items).toHaveLength(0);
  });

  it("answers 304 to a reader that has the current feed (ETag, then Last-Modified)", async () => {
    const path = `/initiatives/${initiative.number}/activity.atom`;
    const params = { number: String(initiative.number) };
    const first = await initiativeActivityLoader(loaderArgs(path, params));
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(Date.parse(lastModified)).toBeGreaterThan(0);
    const byEtag = await initiativeActivityLoader(loaderArgs(path, params, { "If-None-Match": etag }));
    expect(byEtag.status).toBe(304);
    expect(await byEtag.text()).toBe("");
    expect((await initiativeActivityLoader(loaderArgs(path, params, { "If-Modified-Since": lastModified }))).status).toBe(304);
    expect((await initiativeActivityLoader(loaderArgs(path, params, { "If-None-Match": 'W/"something-else"' }))).status).toBe(200);
    // The other language is another document.
    expect((await initiativeActivityLoader(loaderArgs(`${path}?lng=en`, params, { "If-None-Match": etag }))).status).toBe(200);
  });
});

// ───────────────────────────── iCalendar ─────────────────────────────

type VEvent = Map<string, { params: string; value: string }>;

/** Unfolds the lines and returns each VEVENT's properties by name (first occurrence). */
function readCalendar(text: string): { calendar: VEvent; events: VEvent[] } {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const calendar: VEvent = new Map();
  const events: VEvent[] = [];
  let current: VEvent | null = null;
  let depth = 0;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (line.startsWith("BEGIN:")) depth += 1;
    else if (line.startsWith("END:")) depth -= 1;
    else {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (!match) continue;
      const target = current ?? (depth === 1 ? calendar : null);
      if (target && !target.has(match[1]!)) target.set(match[1]!, { params: match[2]!, value: match[3]! });
    }
  }
  return { calendar, events };
}

async function fetchCalendar(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
  expect(response.headers.get("Content-Disposition")).toMatch(/^inline; filename="shiojiri-[a-z0-9-]+\.ics"$/);
  const text = await response.text();
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  return { text, ...readCalendar(text) };
}

const initiativeCalendar = (query = "", headers: Record<string, string> = {}) =>
  initiativeCalendarLoader(
    loaderArgs(`/initiatives/${initiative.number}/calendar.ics${query}`, { number: String(initiative.number) }, headers),
  );

describe("iCal calendar feeds", () => {
  it("lists an initiative's milestones (all-day dates) and events (Tokyo times with a TZID and a location)", async () => {
    const { calendar, events } = await fetchCalendar(await initiativeCalendar());
    expect(events).toHaveLength(2);
    expect(calendar.get("X-WR-CALNAME")!.value).toBe(`取り組み「${marker} 楢川の漆器をつなぐ」の予定`);
    const [meeting, prototype] = events;
    expect(meeting!.get("UID")!.value).toBe(`milestone-${milestones.timed}@localhost`);
    expect(meeting!.get("DTSTART")).toEqual({ params: ";TZID=Asia/Tokyo", value: "20261205T133000" });
    expect(meeting!.get("DTEND")).toEqual({ params: ";TZID=Asia/Tokyo", value: "20261205T150000" });
    expect(meeting!.get("LOCATION")!.value).toBe("楢川公民館");
    expect(meeting!.get("SUMMARY")!.value).toBe(`${marker} 説明会`);
    expect(meeting!.get("URL")!.value).toBe(`http://localhost/initiatives/${initiative.number}`);
    expect(meeting!.get("DTSTAMP")!.value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prototype!.get("UID")!.value).toBe(`milestone-${milestones.allDay}@localhost`);
    expect(prototype!.get("DTSTART")).toEqual({ params: ";VALUE=DATE", value: "20261210" });
    expect(prototype!.has("DTEND")).toBe(false);
    // Marked achieved once: one change after it was added.
    expect(prototype!.get("SEQUENCE")!.value).toBe("1");
    expect(prototype!.get("DESCRIPTION")!.value).toContain("達成：");
  });

  it("keeps the UID and raises SEQUENCE when a milestone is edited", async () => {
    const before = (await fetchCalendar(await initiativeCalendar())).events.find((event) =>
      event.get("UID")!.value.includes(milestones.timed),
    )!;
    const saved = await saveMilestone({
      actor: coordinator,
      initiativeId: initiative.id,
      values: {
        milestoneId: milestones.timed,
        kind: "EVENT",
        titleJa: `${marker} 説明会（会場変更）`,
        titleEn: null,
        descriptionJa: "",
        descriptionEn: null,
        date: "2026-12-05",
        startTime: "14:00",
        endTime: "15:30",
        locationJa: "奈良井公民館",
        locationEn: null,
      },
    });
    expect(saved.ok).toBe(true);
    const after = (await fetchCalendar(await initiativeCalendar())).events.find((event) =>
      event.get("UID")!.value.includes(milestones.timed),
    )!;
    expect(after.get("UID")!.value).toBe(before.get("UID")!.value);
    expect(Number(after.get("SEQUENCE")!.value)).toBe(Number(before.get("SEQUENCE")!.value) + 1);
    expect(after.get("DTSTART")!.value).toBe("20261205T140000");
    expect(after.get("LOCATION")!.value).toBe("奈良井公民館");
  });

  it("speaks English with ?lng=en and answers 404 for an unknown initiative", async () => {
    const { calendar, events } = await fetchCalendar(await initiativeCalendar("?lng=en"));
    expect(calendar.get("X-WR-CALNAME")!.value).toContain("Keeping Narakawa lacquerware going");
    expect(events.find((event) => event.get("UID")!.value.includes(milestones.allDay))!.get("SUMMARY")!.value).toBe(
      `${marker} Prototype ready`,
    );
    expect((await initiativeCalendarLoader(loaderArgs("/initiatives/99999999/calendar.ics", { number: "99999999" }))).status).toBe(404);
    const quietCalendar = await fetchCalendar(
      await initiativeCalendarLoader(loaderArgs(`/initiatives/${quiet.number}/calendar.ics`, { number: String(quiet.number) })),
    );
    expect(quietCalendar.events).toHaveLength(0);
  });

  it("puts every initiative's dates and public challenges' deadlines in the hub calendar, filtered by strategy, field and area", async () => {
    for (const query of ["", "?strategy=B", "?field=4", "?area=narakawa", "?strategy=b&area=narakawa&field=4"]) {
      const { events } = await fetchCalendar(await hubCalendarLoader(loaderArgs(`/calendar.ics${query}`)));
      const ours = events.filter((event) => event.get("SUMMARY")!.value.includes(marker));
      expect(ours.map((event) => event.get("UID")!.value.split("@")[0]).sort()).toEqual(
        [`challenge-deadline-${challenges.open.id}`, `milestone-${milestones.allDay}`, `milestone-${milestones.timed}`].sort(),
      );
      const deadline = ours.find((event) => event.get("UID")!.value.startsWith("challenge-deadline-"))!;
      expect(deadline.get("DTSTART")).toEqual({ params: ";VALUE=DATE", value: "20270115" });
      expect(deadline.get("SUMMARY")!.value).toBe(`応募締切：${marker} 公開中の課題`);
    }
    const elsewhere = await fetchCalendar(await hubCalendarLoader(loaderArgs("/calendar.ics?area=seba")));
    expect(elsewhere.text).not.toContain(marker);
    for (const query of ["?strategy=Z", "?field=99", "?area=nowhere"]) {
      expect((await hubCalendarLoader(loaderArgs(`/calendar.ics${query}`))).status).toBe(404);
    }
  });

  it("reads a calendar in one statement and answers 304 when nothing changed", async () => {
    const { statements } = await recordQueries(() => initiativeCalendar());
    expect(statements).toHaveLength(1);
    const first = await initiativeCalendar();
    const again = await initiativeCalendar("", { "If-None-Match": first.headers.get("ETag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("Content-Disposition")).toBe(first.headers.get("Content-Disposition"));
  });
});

describe("links to the feeds", () => {
  it("names each scope's activity feed and calendar, and titles the head links in the page's language", () => {
    expect(subscribeHrefs({ initiative: 3 })).toEqual({ atom: "/initiatives/3/activity.atom", calendar: "/initiatives/3/calendar.ics" });
    expect(subscribeHrefs({ strategy: "b" })).toEqual({ atom: "/strategies/B/activity.atom", calendar: "/calendar.ics?strategy=B" });
    expect(subscribeHrefs({ field: 4 })).toEqual({ atom: "/fields/4/activity.atom", calendar: "/calendar.ics?field=4" });
    expect(subscribeHrefs({ area: "narakawa" })).toEqual({
      atom: "/areas/narakawa/activity.atom",
      calendar: "/calendar.ics?area=narakawa",
    });
    const t = getI18nInstance("en").getFixedT("en");
    expect(subscribeLinks({ area: "narakawa" }, "Narakawa", t)).toEqual([
      {
        tagName: "link",
        rel: "alternate",
        type: "application/atom+xml",
        title: "News of Narakawa (Atom)",
        href: "/areas/narakawa/activity.atom",
      },
      { tagName: "link", rel: "alternate", type: "text/calendar", title: "Dates of Narakawa (iCal)", href: "/calendar.ics?area=narakawa" },
    ]);
  });
});
