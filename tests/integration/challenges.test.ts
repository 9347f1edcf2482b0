import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import {
  challengeOrder,
  challengeSummarySelect,
  getChallengeForPage,
  listPublicChallenges,
  listRelatedChallenges,
  publicChallengeWhere,
  queryPublicChallengeRows,
  withCountdown,
} from "../../app/features/challenges/challenge.server.ts";
import { loader as listLoader } from "~/routes/challenges._index.tsx";
import { loader as pageLoader } from "~/routes/challenges.$number.tsx";
import { createChallenges } from "../../prisma/seed/factories.ts";
import { recordQueries } from "../support/query-counter.ts";
import { loaderArgs } from "../support/requests.ts";

// A marker no demo or other test text contains, so every search below sees only these rows.
const marker = "塩尻テスト検索語";
const day = 24 * 60 * 60 * 1000;
const created: { number: number; status: string }[] = [];
const byKey = new Map<string, number>();

beforeAll(async () => {
  const rows = await createChallenges(prisma, [
    {
      strategyCode: "A",
      titleJa: `${marker} 子育てサロンの運営を手伝ってほしい`,
      summaryJa: "楢川地区で子育てサロンを続けるため、運営ボランティアを募集します。",
      fieldNumbers: [1, 7],
      areaSlug: "narakawa",
      periodNumber: 1,
      skillSlugs: ["facilitation"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      deadline: new Date(Date.now() + 40 * day),
      publishedAt: new Date(Date.now() - 5 * day),
    },
    {
      strategyCode: "B",
      titleJa: `${marker} ワイナリーのＤＸを進めたい`,
      summaryJa: "桔梗ヶ原のワイナリーで、在庫管理と販売データの活用を一緒に進める企業を探しています。",
      fieldNumbers: [4],
      areaSlug: "online",
      periodNumber: 2,
      skillSlugs: ["data-analysis"],
      workStyles: ["REMOTE", "HYBRID"],
      engagementTypes: ["COMPANY_PARTNERSHIP"],
      deadline: new Date(Date.now() + 3 * day),
      publishedAt: new Date(Date.now() - 10 * day),
    },
    {
      strategyCode: "B",
      titleJa: `${marker} 育て方の違う子ども向け講座`,
      summaryJa: "子育てとは別の話題で、「子」と「育て」が離れて出てくる説明文です。",
      fieldNumbers: [4],
      areaSlug: "hirooka",
      deadline: null,
      publishedAt: new Date(Date.now() - 1 * day),
    },
    { strategyCode: "C", titleJa: `${marker} 下書きの子育て課題`, status: "DRAFT", fieldNumbers: [7] },
    { strategyCode: "C", titleJa: `${marker} アーカイブ済みの子育て課題`, status: "ARCHIVED", fieldNumbers: [7] },
    { strategyCode: "C", titleJa: `${marker} マッチング中の課題`, status: "MATCHING", fieldNumbers: [7], areaSlug: "seba" },
  ]);
  created.push(...rows);
  ["salon", "winery", "lecture", "draft", "archived", "matching"].forEach((key, index) => byKey.set(key, rows[index]!.number));
});

afterAll(async () => {
  await prisma.challenge.deleteMany({ where: { titleJa: { startsWith: marker } } });
});

const numbers = (items: { number: number }[]) => items.map((item) => item.number).sort((a, b) => a - b);
const only = (...keys: string[]) => keys.map((key) => byKey.get(key)!).sort((a, b) => a - b);

async function search(filters: Parameters<typeof listPublicChallenges>[0]) {
  return (await listPublicChallenges({ ...filters, q: [marker, filters.q].filter(Boolean).join(" ") }, 1, "ja", 100)).items;
}

describe("Japanese keyword search", () => {
  it("finds a two-character word inside text without spaces", async () => {
    expect(numbers(await search({ q: "楢川" }))).toEqual(only("salon"));
  });

  it("matches whole words only where they appear together, not their scattered characters", async () => {
    // 「子育て」 appears in the salon and in the lecture's summary; 「育て方」 only in the lecture's title.
    expect(numbers(await search({ q: "子育て" }))).toEqual(only("salon", "lecture"));
    expect(numbers(await search({ q: "育て方" }))).toEqual(only("lecture"));
  });

  it("treats full-width and half-width letters and case alike", async () => {
    expect(numbers(await search({ q: "dx" }))).toEqual(only("winery"));
    expect(numbers(await search({ q: "ＤＸ" }))).toEqual(only("winery"));
  });

  it("requires every word of a query", async () => {
    expect(numbers(await search({ q: "ワイナリー 在庫" }))).toEqual(only("winery"));
    expect(numbers(await search({ q: "ワイナリー 子育て" }))).toEqual([]);
  });

  it("never shows drafts or archived challenges, whatever is asked", async () => {
    const everything = numbers(await search({}));
    expect(everything).toEqual(only("salon", "winery", "lecture", "matching"));
    expect(numbers(await search({ status: "DRAFT" as never }))).toEqual([]);
    expect(numbers(await search({ status: "ARCHIVED" as never }))).toEqual([]);
  });

  it("can use the GIN index on the bigrams instead of reading every row", async () => {
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
        `EXPLAIN SELECT number FROM "Challenge" WHERE "searchBigrams" @> ARRAY['子育', '育て']::text[]`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Challenge_searchBigrams_idx");
  });
});

describe("filters", () => {
  it("by strategy, field, area, skill, work style, engagement type, status and period", async () => {
    expect(numbers(await search({ strategy: "B" }))).toEqual(only("winery", "lecture"));
    expect(numbers(await search({ field: 7 }))).toEqual(only("salon", "matching"));
    expect(numbers(await search({ area: "narakawa" }))).toEqual(only("salon"));
    expect(numbers(await search({ skill: "data-analysis" }))).toEqual(only("winery"));
    expect(numbers(await search({ workStyle: "HYBRID" }))).toEqual(only("winery"));
    expect(numbers(await search({ engagementType: "VOLUNTEER" }))).toEqual(only("salon", "lecture", "matching"));
    expect(numbers(await search({ status: "MATCHING" }))).toEqual(only("matching"));
    expect(numbers(await search({ period: 2 }))).toEqual(only("winery"));
  });

  it("an unknown strategy, area or skill matches nothing rather than everything", async () => {
    expect(await search({ area: "atlantis" })).toEqual([]);
    expect(await search({ skill: "time-travel" })).toEqual([]);
    expect(await search({ strategy: "Z" })).toEqual([]);
  });

  it("sorts by deadline soonest first, with rolling calls last", async () => {
    const items = (await listPublicChallenges({ q: marker, sort: "deadline" }, 1, "ja", 100)).items;
    expect(items.map((item) => item.number)).toEqual([
      byKey.get("winery"),
      byKey.get("salon"),
      ...items.slice(2).map((item) => item.number),
    ]);
    expect(items.slice(2).every((item) => item.deadline === null)).toBe(true);
  });

  it("counts days left against today's date in Japan", () => {
    const [withDays] = withCountdown([{ deadline: "2026-12-01" }], "2026-11-24");
    expect(withDays?.daysLeft).toBe(7);
  });
});

describe("the list page", () => {
  it("reads its filters from the address and ignores nonsense", async () => {
    const data = await listLoader(
      loaderArgs(
        `/challenges?q=${encodeURIComponent(marker)}&strategy=b&page=abc&sort=sideways&field=99&area=${encodeURIComponent("<script>")}`,
      ),
    );
    expect(data.filters).toMatchObject({ strategy: "B", page: 1, field: 99 });
    expect(data.filters.area).toBeUndefined();
    expect(data.filters.sort).toBeUndefined();
    expect(data.items).toEqual([]);
    expect(data.feedHref).toMatch(/^\/challenges\.atom\?/);
  });

  it("makes the same number of queries for a page of 5 and a page of 100", async () => {
    await listPublicChallenges({}, 1, "ja", 5);
    const small = await recordQueries(() => listPublicChallenges({}, 1, "ja", 5));
    const large = await recordQueries(() => listPublicChallenges({}, 1, "ja", 100));
    expect(large.statements.length).toBe(small.statements.length);
    expect(small.statements).toHaveLength(1);
  });
});

describe("the challenge page", () => {
  it("shows a public challenge to everyone and a draft only to those who may edit it", async () => {
    const draft = byKey.get("draft")!;
    expect(await getChallengeForPage(draft, "ja", { canSeeUnpublished: false })).toBeNull();
    expect((await getChallengeForPage(draft, "ja", { canSeeUnpublished: true }))?.isPublic).toBe(false);
    const thrown = await pageLoader(loaderArgs(`/challenges/${draft}`, { number: String(draft) })).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(404);
  });

  it("renders the Markdown body sanitised and describes itself for sharing", async () => {
    const [row] = await createChallenges(prisma, [
      {
        strategyCode: "A",
        titleJa: `${marker} Markdownの確認`,
        summaryJa: "共有用の説明文",
        bodyJa:
          '## 背景\n\n<script>alert("x")</script>\n\n<img src="x" onerror="alert(1)">\n\n[悪いリンク](javascript:alert(1)) [良いリンク](https://www.city.shiojiri.lg.jp/)\n\n<a href="#" onclick="steal()">クリック</a>',
      },
    ]);
    const data = await pageLoader(loaderArgs(`/challenges/${row!.number}`, { number: String(row!.number) }));
    const html = data.challenge.bodyHtml;
    expect(html).toContain("<h3>背景</h3>");
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(html).toContain('href="https://www.city.shiojiri.lg.jp/" rel="nofollow noopener noreferrer"');
    expect(data.share.url).toBe(`http://localhost/challenges/${row!.number}`);
    expect(data.share.image).toBe("http://localhost/og-image.png");
  });

  it("relates open challenges of the same primary field, never the challenge itself", async () => {
    const salon = await getChallengeForPage(byKey.get("salon")!, "ja", { canSeeUnpublished: false });
    const related = await listRelatedChallenges(salon!, "ja", 50);
    expect(related.map((item) => item.number)).not.toContain(byKey.get("salon"));
    expect(related.every((item) => item.status === "OPEN" && item.fields.some((field) => field.number === 1))).toBe(true);
  });
});

describe("the single-statement list query", () => {
  const filterSets: Parameters<typeof listPublicChallenges>[0][] = [
    {},
    { strategy: "B" },
    { field: 7 },
    { area: "narakawa" },
    { skill: "data-analysis" },
    { workStyle: "HYBRID" },
    { engagementType: "VOLUNTEER" },
    { status: "MATCHING" },
    { status: "DRAFT" as never },
    { period: 2 },
    { q: "子育て" },
    { q: "ワイナリー 在庫" },
    { q: "100%" },
    { q: "dx", strategy: "B", sort: "deadline" },
    { area: "atlantis" },
  ];

  it("returns exactly the rows and order of the Prisma filter that feeds and the API use", async () => {
    for (const filters of filterSets) {
      const scoped = { ...filters, q: [marker, filters.q].filter(Boolean).join(" ") };
      const viaPrisma = await prisma.challenge.findMany({
        where: await publicChallengeWhere(scoped),
        orderBy: challengeOrder(scoped.sort),
        select: { number: true },
      });
      const viaSql = await queryPublicChallengeRows(scoped, { offset: 0, limit: 100 });
      expect({ filters, numbers: viaSql.rows.map((row) => row.number), total: viaSql.total }).toEqual({
        filters,
        numbers: viaPrisma.map((row) => row.number),
        total: viaPrisma.length,
      });
    }
  });

  it("returns the same shape as the Prisma select, dates and links included", async () => {
    const scoped = { q: `${marker} ワイナリー` };
    const [viaSql] = (await queryPublicChallengeRows(scoped, { offset: 0, limit: 1 })).rows;
    const viaPrisma = await prisma.challenge.findFirstOrThrow({
      where: await publicChallengeWhere(scoped),
      select: challengeSummarySelect,
    });
    expect(viaSql).toEqual(viaPrisma);
  });

  it("still reports the total on a page past the end", async () => {
    const firstPage = await queryPublicChallengeRows({ q: marker }, { offset: 0, limit: 20 });
    const result = await queryPublicChallengeRows({ q: marker }, { offset: 1000, limit: 20 });
    expect(result.rows).toEqual([]);
    expect(firstPage.total).toBeGreaterThanOrEqual(4);
    expect(result.total).toBe(firstPage.total);
  });

  it("is one statement for the page, its names and links and the total", async () => {
    await listPublicChallenges({ q: marker }, 1, "ja", 100);
    const recorded = await recordQueries(() => listPublicChallenges({ q: marker }, 1, "ja", 100));
    expect(recorded.statements).toHaveLength(1);
  });
});
