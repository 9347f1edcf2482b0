// Open data on a real database: Atom feeds read back by a real feed parser, the CSV by a real CSV parser, the
// JSON API, the sitemap and robots.txt. Drafts and archived challenges must never appear anywhere.
import { parse as parseCsv } from "csv-parse/sync";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as apiOneLoader } from "~/routes/api.challenges.$number.ts";
import { loader as apiListLoader } from "~/routes/api.challenges._index.ts";
import { loader as areaFeedLoader } from "~/routes/areas.$slug.challenges[.]atom.ts";
import { loader as csvLoader } from "~/routes/challenges[.]csv.ts";
import { loader as feedLoader } from "~/routes/challenges[.]atom.ts";
import { loader as fieldFeedLoader } from "~/routes/fields.$number.challenges[.]atom.ts";
import { loader as robotsLoader } from "~/routes/robots[.]txt.ts";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml.ts";
import { loader as strategyFeedLoader } from "~/routes/strategies.$code.challenges[.]atom.ts";
import { loadTaxonomyLookups } from "../../app/features/taxonomy/taxonomy.server.ts";
import { publicOrigin } from "../../app/kernel/auth/guards.server.ts";
import { challengeCsvStream } from "../../app/features/challenges/challenge-csv.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { challengeFeedLinks } from "../../app/features/following/feed-links.ts";
import { getI18nInstance } from "../../app/kernel/i18n/i18next.server.ts";
import { csvColumns } from "../../app/features/challenges/open-data.ts";
import { createChallenges, createPartner } from "../../prisma/seed/factories.ts";
import { recordQueries } from "../support/query-counter.ts";
import { loaderArgs } from "../support/requests.ts";

// A marker no demo or other test text contains: keyword filters on it see only the rows made here.
const marker = "塩尻公開データ試験";
const day = 24 * 60 * 60 * 1000;
const origin = publicOrigin(new Request("http://localhost/"));
const numbers = { salon: 0, winery: 0, matching: 0, draft: 0, archived: 0 };
const fillers: number[] = [];

// Commas, double quotes, a line break and full-width punctuation: the CSV must carry them through unchanged.
const trickySummary = '楢川の「子育て」サロン、"お手伝い"を募集します。\n2行目：平日, 土日どちらでも。';
const wineryTitle = `${marker} ワイナリー & <DX> の推進`;

beforeAll(async () => {
  const rows = await createChallenges(prisma, [
    {
      strategyCode: "A",
      titleJa: `${marker} 子育てサロンの運営`,
      titleEn: `${marker} Running a parenting salon`,
      summaryJa: trickySummary,
      summaryEn: "Help keep a parenting salon in Narakawa going.",
      bodyJa: "## 本文\n\nサロンの**詳しい**説明です。",
      fieldNumbers: [1, 7],
      areaSlug: "narakawa",
      skillSlugs: ["facilitation"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      deadline: new Date("2027-03-31T00:00:00Z"),
      ownerDepartmentJa: "こども課",
      publishedAt: new Date(Date.now() - 1 * day),
    },
    {
      strategyCode: "B",
      titleJa: wineryTitle,
      summaryJa: "在庫と販売のデータを一緒に活用する企業を探しています。",
      fieldNumbers: [4],
      areaSlug: "online",
      skillSlugs: ["data-analysis"],
      workStyles: ["REMOTE", "HYBRID"],
      engagementTypes: ["COMPANY_PARTNERSHIP"],
      publishedAt: new Date(Date.now() - 2 * day),
    },
    {
      strategyCode: "C",
      titleJa: `${marker} マッチング中の課題`,
      status: "MATCHING",
      fieldNumbers: [8],
      areaSlug: "hirooka",
      publishedAt: new Date(Date.now() - 3 * day),
    },
    // Both match strategy A, field 1 and area narakawa: they must still never appear.
    { strategyCode: "A", titleJa: `${marker} 下書きの課題`, status: "DRAFT", fieldNumbers: [1], areaSlug: "narakawa" },
    { strategyCode: "A", titleJa: `${marker} アーカイブ済みの課題`, status: "ARCHIVED", fieldNumbers: [1], areaSlug: "narakawa" },
    ...Array.from({ length: 12 }, (_, index) => ({
      strategyCode: "C",
      titleJa: `${marker} 追加の課題${index + 1}`,
      fieldNumbers: [9],
      areaSlug: "seba",
      publishedAt: new Date(Date.now() - (10 + index) * day),
    })),
  ]);
  [numbers.salon, numbers.winery, numbers.matching, numbers.draft, numbers.archived] = rows.slice(0, 5).map((row) => row.number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  fillers.push(...rows.slice(5).map((row) => row.number));
});

afterAll(async () => {
  await prisma.challenge.deleteMany({ where: { titleJa: { startsWith: marker } } });
});

const q = encodeURIComponent(marker);
const publicCount = 15;

type AtomCategory = { $: { term: string; scheme: string; label: string } };
const feedParser = new Parser<Record<string, unknown>, { atomCategories: AtomCategory[]; id: string }>({
  customFields: { item: [["category", "atomCategories", { keepArray: true }], "id"] },
});

async function readFeed(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  return { xml, feed: await feedParser.parseString(xml) };
}

const entryNumber = (link: string | undefined) => Number(new URL(link ?? "").pathname.split("/").pop());
const decodeHtml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("Atom feeds", () => {
  it("lists public challenges with absolute links, ids, dates, summaries and categories; never drafts or archived ones", async () => {
    const response = await feedLoader(loaderArgs(`/challenges.atom?q=${q}`));
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    const { xml, feed } = await readFeed(response);
    expect(feed.title).toContain("しおじり共創ハブ");
    expect(feed.title).toContain(marker);
    expect(feed.feedUrl).toBe(`${origin}/challenges.atom?q=${q}`);
    expect(xml).toContain('xml:lang="ja"');

    const byNumber = new Map(feed.items.map((item) => [entryNumber(item.link), item]));
    expect(feed.items).toHaveLength(publicCount);
    expect([...byNumber.keys()].sort()).toEqual([numbers.salon, numbers.winery, numbers.matching, ...fillers].sort());
    expect(xml).not.toContain("下書きの課題");
    expect(xml).not.toContain("アーカイブ済みの課題");

    const salon = byNumber.get(numbers.salon)!;
    expect(salon.title).toBe(`${marker} 子育てサロンの運営`);
    expect(salon.link).toBe(`${origin}/challenges/${numbers.salon}`);
    expect(salon.id).toBe(`${origin}/challenges/${numbers.salon}`);
    expect(decodeHtml(salon.summary ?? "")).toBe(trickySummary);
    expect(salon.content).toContain("子育て");
    expect(salon.content).not.toContain("詳しい"); // the summary, not the body
    expect(salon.isoDate).toBeTruthy();
    const terms = salon.atomCategories.map((category) => `${category.$.scheme}#${category.$.term}`);
    expect(terms).toEqual([`${origin}/strategies#A`, `${origin}/fields#1`, `${origin}/fields#7`, `${origin}/areas#narakawa`]);

    // Newest first.
    const published = feed.items.map((item) => Date.parse(item.isoDate ?? ""));
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  it("escapes titles so markup in them stays text and the document stays well-formed", async () => {
    const { xml, feed } = await readFeed(await feedLoader(loaderArgs(`/challenges.atom?q=${q}&strategy=B`)));
    expect(feed.items).toHaveLength(1);
    expect(decodeHtml(feed.items[0]!.title ?? "")).toBe(wineryTitle);
    expect(xml).not.toContain("<DX>");
  });

  it("is in English with ?lng=en or an English browser, falling back to Japanese text without a translation", async () => {
    for (const args of [
      loaderArgs(`/challenges.atom?q=${q}&lng=en`),
      loaderArgs(`/challenges.atom?q=${q}`, {}, { "Accept-Language": "en-GB,en;q=0.9" }),
    ]) {
      const { xml, feed } = await readFeed(await feedLoader(args));
      expect(xml).toContain('xml:lang="en"');
      expect(feed.title).toContain("Shiojiri Co-creation Hub");
      const titles = feed.items.map((item) => item.title);
      expect(titles).toContain(`${marker} Running a parenting salon`);
      expect(titles).toContain(`${marker} マッチング中の課題`);
    }
  });

  it("per strategy, field and area: only matching challenges", async () => {
    const strategyFeed = (await readFeed(await strategyFeedLoader(loaderArgs(`/strategies/A/challenges.atom`, { code: "A" })))).feed;
    const strategyNumbers = strategyFeed.items.map((item) => entryNumber(item.link));
    expect(strategyNumbers).toContain(numbers.salon);
    expect(strategyNumbers).not.toContain(numbers.winery);
    expect(strategyNumbers).not.toContain(numbers.draft);
    expect(strategyNumbers).not.toContain(numbers.archived);
    for (const item of strategyFeed.items)
      expect(item.atomCategories.find((category) => category.$.scheme.endsWith("/strategies"))?.$.term).toBe("A");

    const fieldFeed = (await readFeed(await fieldFeedLoader(loaderArgs(`/fields/4/challenges.atom?q=${q}`, { number: "4" })))).feed;
    expect(fieldFeed.items.map((item) => entryNumber(item.link))).toEqual([numbers.winery]);
    expect(fieldFeed.title).toContain("地域経済・産業・観光・就労");

    const areaFeed = (await readFeed(await areaFeedLoader(loaderArgs(`/areas/narakawa/challenges.atom`, { slug: "narakawa" })))).feed;
    const areaNumbers = areaFeed.items.map((item) => entryNumber(item.link));
    expect(areaNumbers).toContain(numbers.salon);
    expect(areaNumbers).not.toContain(numbers.draft);
    expect(areaNumbers).not.toContain(numbers.archived);
    for (const item of areaFeed.items)
      expect(item.atomCategories.find((category) => category.$.scheme.endsWith("/areas"))?.$.term).toBe("narakawa");
    expect(areaFeed.title).toContain("楢川");
  });

  it("answers 404 for a strategy, field or area that does not exist", async () => {
    expect((await strategyFeedLoader(loaderArgs("/strategies/Z/challenges.atom", { code: "Z" }))).status).toBe(404);
    expect((await strategyFeedLoader(loaderArgs("/strategies/AB/challenges.atom", { code: "AB" }))).status).toBe(404);
    expect((await fieldFeedLoader(loaderArgs("/fields/42/challenges.atom", { number: "42" }))).status).toBe(404);
    expect((await fieldFeedLoader(loaderArgs("/fields/x/challenges.atom", { number: "x" }))).status).toBe(404);
    expect((await areaFeedLoader(loaderArgs("/areas/nowhere/challenges.atom", { slug: "nowhere" }))).status).toBe(404);
    expect((await areaFeedLoader(loaderArgs("/areas/%3Cx%3E/challenges.atom", { slug: "<x>" }))).status).toBe(404);
    expect((await feedLoader(loaderArgs("/challenges.atom?area=nowhere"))).status).toBe(404);
    // Malformed values are dropped like on the list page, not errors.
    expect((await feedLoader(loaderArgs("/challenges.atom?field=abc&page=-3&sort=%00"))).status).toBe(200);
  });

  it("answers 304 to a reader that has the current feed, and a stable ETag for a feed with nothing in it", async () => {
    const path = `/challenges.atom?q=${q}`;
    const first = await feedLoader(loaderArgs(path));
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const byEtag = await feedLoader(loaderArgs(path, {}, { "If-None-Match": etag }));
    expect(byEtag.status).toBe(304);
    expect(await byEtag.text()).toBe("");
    const lastModified = first.headers.get("Last-Modified")!;
    expect((await feedLoader(loaderArgs(path, {}, { "If-Modified-Since": lastModified }))).status).toBe(304);
    expect((await feedLoader(loaderArgs(`${path}&lng=en`, {}, { "If-None-Match": etag }))).status).toBe(200);

    const emptyPath = `/challenges.atom?q=${encodeURIComponent(`${marker} 該当なし`)}`;
    const empty = await feedLoader(loaderArgs(emptyPath));
    expect(empty.headers.get("Last-Modified")).toBeNull();
    expect((await feedLoader(loaderArgs(emptyPath, {}, { "If-None-Match": empty.headers.get("ETag")! }))).status).toBe(304);
  });

  it("builds <link rel=alternate> descriptors for list, strategy and field pages", () => {
    const t = getI18nInstance("ja").getFixedT("ja");
    expect(challengeFeedLinks({}, t)).toEqual([
      { tagName: "link", rel: "alternate", type: "application/atom+xml", title: "地域課題の新着（すべて）", href: "/challenges.atom" },
    ]);
    const strategy = challengeFeedLinks({ strategy: "A" }, t, { label: "基本戦略 A" });
    expect(strategy.map((link) => link.href)).toEqual(["/strategies/A/challenges.atom", "/challenges.atom"]);
    expect(strategy[0]!.title).toBe("地域課題の新着：基本戦略 A");
    expect(challengeFeedLinks({ field: 4, page: 3, sort: "deadline" }, t, { includeAll: false }).map((link) => link.href)).toEqual([
      "/fields/4/challenges.atom",
    ]);
    expect(challengeFeedLinks({ strategy: "B", status: "OPEN", q: "子育て" }, t)[0]!.href).toBe(
      `/challenges.atom?strategy=B&status=OPEN&q=${encodeURIComponent("子育て")}`,
    );
  });
});

describe("CSV download", () => {
  it("is UTF-8 with a BOM, English headers, and RFC 4180 quoting that round-trips Japanese text with commas, quotes and newlines", async () => {
    const response = await csvLoader(loaderArgs(`/challenges.csv?q=${q}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="shiojiri-challenges-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${csvColumns.join(",")}`);

    const records = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(records[0]!)).toEqual([...csvColumns]);
    expect(records).toHaveLength(publicCount);
    expect(records.map((record) => Number(record.number))).toEqual(
      [numbers.salon, numbers.winery, numbers.matching, ...fillers].sort((a, b) => a - b),
    );
    expect(text).not.toContain("下書きの課題");
    expect(text).not.toContain("アーカイブ済みの課題");

    const salon = records.find((record) => Number(record.number) === numbers.salon)!;
    expect(salon.summary_ja).toBe(trickySummary);
    expect(salon).toMatchObject({
      url: `${origin}/challenges/${numbers.salon}`,
      status: "OPEN",
      strategy_code: "A",
      field_numbers: "1;7",
      area_slug: "narakawa",
      area_name_ja: "楢川",
      skill_slugs: "facilitation",
      work_styles: "ON_SITE",
      deadline: "2027-03-31",
      owner_department_ja: "こども課",
      title_en: `${marker} Running a parenting salon`,
      licence: "CC-BY-4.0",
    });
    const winery = records.find((record) => Number(record.number) === numbers.winery)!;
    expect(winery.title_ja).toBe(wineryTitle);
    expect(winery.title_en).toBe("");
    expect(winery.work_styles).toBe("REMOTE;HYBRID");
  });

  it("reads in batches without losing or repeating a row", async () => {
    const read = async (batchSize: number) => {
      const stream = await challengeCsvStream({ q: marker }, origin, batchSize);
      return new Response(stream).text();
    };
    const inOne = await read(500);
    const inBatchesOfFour = await read(4);
    expect(inBatchesOfFour).toBe(inOne);
    const numbersRead = (parseCsv(inBatchesOfFour, { bom: true, columns: true }) as Array<{ number: string }>).map(
      (record) => record.number,
    );
    expect(new Set(numbersRead).size).toBe(publicCount);
  });

  it("honours the list's filters and answers 404 for an unknown area", async () => {
    const text = await (await csvLoader(loaderArgs(`/challenges.csv?q=${q}&status=MATCHING`))).text();
    const records = parseCsv(text, { bom: true, columns: true }) as Array<{ number: string }>;
    expect(records.map((record) => Number(record.number))).toEqual([numbers.matching]);
    expect((await csvLoader(loaderArgs("/challenges.csv?area=nowhere"))).status).toBe(404);
  });
});

type ApiList = {
  data: Array<Record<string, unknown> & { number: number }>;
  meta: { total: number; page: number; pageSize: number; totalPages: number };
  links: { self: string; next: string | null; prev: string | null };
};

async function apiList(path: string) {
  const response = await apiListLoader(loaderArgs(path));
  return { response, body: (await response.json()) as ApiList };
}

describe("JSON API", () => {
  it("pages through results with absolute self/next/prev links that keep the filters", async () => {
    const first = await apiList(`/api/challenges?q=${q}&pageSize=10`);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(first.response.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(first.body.meta).toEqual({ total: publicCount, page: 1, pageSize: 10, totalPages: 2 });
    expect(first.body.data).toHaveLength(10);
    expect(first.body.links.prev).toBeNull();
    expect(first.body.links.self).toBe(`${origin}/api/challenges?q=${q}&page=1&pageSize=10`);
    const next = new URL(first.body.links.next!);
    expect(next.searchParams.get("page")).toBe("2");
    expect(next.searchParams.get("q")).toBe(marker);

    const second = await apiList(next.pathname + next.search);
    expect(second.body.data).toHaveLength(5);
    expect(second.body.links.next).toBeNull();
    expect(new URL(second.body.links.prev!).searchParams.get("page")).toBe("1");
    const all = [...first.body.data, ...second.body.data].map((item) => item.number);
    expect(new Set(all).size).toBe(publicCount);
    expect(all).not.toContain(numbers.draft);
    expect(all).not.toContain(numbers.archived);

    const beyond = await apiList(`/api/challenges?q=${q}&pageSize=10&page=7`);
    expect(beyond.body.data).toEqual([]);
    expect(new URL(beyond.body.links.prev!).searchParams.get("page")).toBe("2");
  });

  it("gives each item in both languages, in the documented shape", async () => {
    const { body } = await apiList(`/api/challenges?q=${q}&field=7`);
    expect(body.data.map((item) => item.number)).toEqual([numbers.salon]);
    const item = body.data[0]!;
    expect(Object.keys(item).sort()).toEqual(
      [
        "number",
        "url",
        "status",
        "titleJa",
        "titleEn",
        "summaryJa",
        "summaryEn",
        "strategy",
        "fields",
        "area",
        "period",
        "skills",
        "workStyles",
        "engagementTypes",
        "capacity",
        // Issue 16: challenges state the hours asked of each partner and their working languages.
        "hoursPerMonth",
        "languages",
        "deadline",
        "publishedAt",
        "updatedAt",
        "ownerDepartmentJa",
        "ownerDepartmentEn",
        "licence",
      ].sort(),
    );
    expect(item).toMatchObject({
      url: `${origin}/challenges/${numbers.salon}`,
      status: "OPEN",
      titleJa: `${marker} 子育てサロンの運営`,
      titleEn: `${marker} Running a parenting salon`,
      summaryJa: trickySummary,
      strategy: { code: "A", nameJa: "次世代とともに学び成長し、ワクワクして暮らす" },
      fields: [
        { number: 1, primary: true },
        { number: 7, primary: false },
      ],
      area: { slug: "narakawa", nameJa: "楢川", nameEn: "Narakawa" },
      period: { number: 1 },
      skills: [{ slug: "facilitation" }],
      workStyles: ["ON_SITE"],
      deadline: "2027-03-31",
      licence: "CC-BY-4.0",
    });
  });

  it("filters like the list", async () => {
    expect((await apiList(`/api/challenges?q=${q}&strategy=b`)).body.data.map((item) => item.number)).toEqual([numbers.winery]);
    expect((await apiList(`/api/challenges?q=${q}&status=MATCHING`)).body.data.map((item) => item.number)).toEqual([numbers.matching]);
    expect((await apiList(`/api/challenges?q=${q}&area=seba&pageSize=100`)).body.meta.total).toBe(12);
    expect((await apiList(`/api/challenges?q=${q}&workStyle=HYBRID`)).body.data.map((item) => item.number)).toEqual([numbers.winery]);
  });

  it("answers bad parameters with 400 JSON that names the parameter, never 500", async () => {
    const cases: Array<[string, string]> = [
      ["pageSize=101", "pageSize"],
      ["pageSize=0", "pageSize"],
      ["pageSize=ten", "pageSize"],
      ["page=0", "page"],
      ["page=-1", "page"],
      ["page=1.5", "page"],
      ["strategy=Z", "strategy"],
      ["field=42", "field"],
      ["field=%E2%91%A0", "field"],
      ["area=nowhere", "area"],
      ["skill=juggling", "skill"],
      ["period=9", "period"],
      ["status=DRAFT", "status"],
      ["status=ARCHIVED", "status"],
      ["workStyle=SPACE", "workStyle"],
      ["engagementType=FREE", "engagementType"],
      ["sort=random", "sort"],
      [`q=${"あ".repeat(101)}`, "q"],
    ];
    for (const [search, parameter] of cases) {
      const response = await apiListLoader(loaderArgs(`/api/challenges?${search}`));
      expect(response.status, search).toBe(400);
      expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: { status: number; parameter: string; message: string } };
      expect(body.error.parameter, search).toBe(parameter);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });

  it("returns one public challenge with its Markdown body, and 404 JSON for drafts, archived and unknown numbers", async () => {
    const response = await apiOneLoader(loaderArgs(`/api/challenges/${numbers.salon}`, { number: String(numbers.salon) }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const body = (await response.json()) as { data: Record<string, unknown> };
    expect(body.data).toMatchObject({
      number: numbers.salon,
      bodyJa: "## 本文\n\nサロンの**詳しい**説明です。",
      bodyEn: null,
      bodyFormat: "markdown",
    });

    for (const number of [String(numbers.draft), String(numbers.archived), "999999999", "abc", "0", "1e3"]) {
      const missing = await apiOneLoader(loaderArgs(`/api/challenges/${number}`, { number }));
      expect(missing.status, number).toBe(404);
      expect(((await missing.json()) as { error: { status: number } }).error.status).toBe(404);
    }
  });

  it("makes the same number of SQL statements for 10 and for 100 items", async () => {
    await loadTaxonomyLookups();
    const small = await recordQueries(() => apiListLoader(loaderArgs(`/api/challenges?q=${q}&pageSize=10`)));
    const large = await recordQueries(() => apiListLoader(loaderArgs(`/api/challenges?q=${q}&pageSize=100`)));
    expect(((await small.result.json()) as ApiList).data).toHaveLength(10);
    expect(((await large.result.json()) as ApiList).data).toHaveLength(publicCount);
    expect(small.statements.length).toBeGreaterThan(0);
    expect(large.statements.length).toBe(small.statements.length);
  });
});

describe("sitemap and robots.txt", () => {
  it("lists the fixed pages and every public challenge with its last change, and no drafts or archived ones", async () => {
    const response = await sitemapLoader(loaderArgs("/sitemap.xml"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    for (const path of [
      "/",
      "/challenges",
      "/strategies",
      "/strategies/C",
      "/fields/1",
      "/fields/9",
      "/areas/narakawa",
      "/about",
      "/privacy",
      "/open-data",
    ]) {
      expect(xml).toContain(`<loc>${origin}${path}</loc>`);
    }
    const updated = await prisma.challenge.findUniqueOrThrow({ where: { number: numbers.salon }, select: { updatedAt: true } });
    expect(xml).toContain(`<loc>${origin}/challenges/${numbers.salon}</loc>\n    <lastmod>${updated.updatedAt.toISOString()}</lastmod>`);
    expect(xml).toContain(`<loc>${origin}/challenges/${numbers.matching}</loc>`);
    expect(xml).not.toContain(`<loc>${origin}/challenges/${numbers.draft}</loc>`);
    expect(xml).not.toContain(`<loc>${origin}/challenges/${numbers.archived}</loc>`);
  });

  it("lists the partner directory and the profiles shown in it, never a private one", async () => {
    const shown = await createPartner(prisma, { displayName: "サイトマップ 公開団体", isPublic: true });
    const hidden = await createPartner(prisma, { displayName: "サイトマップ 非公開団体", isPublic: false });
    try {
      const xml = await (await sitemapLoader(loaderArgs("/sitemap.xml"))).text();
      expect(xml).toContain(`<loc>${origin}/partners</loc>`);
      expect(xml).toContain(`<loc>${origin}/partners/${shown.id}</loc>`);
      expect(xml).not.toContain(`/partners/${hidden.id}`);
    } finally {
      await prisma.partnerProfile.deleteMany({ where: { id: { in: [shown.id, hidden.id] } } });
    }
  });

  it("robots.txt allows public pages, keeps private areas out and points to the sitemap", async () => {
    const response = await robotsLoader(loaderArgs("/robots.txt"));
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Allow: /");
    for (const path of ["/account", "/admin", "/coordinate", "/dev"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines.some((line) => line.startsWith("Disallow: /challenges"))).toBe(false);
    expect(lines).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});
