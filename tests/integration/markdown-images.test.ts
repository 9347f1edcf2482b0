// Markdown may show only the hub's own pictures (/images/<id>, uploaded and re-encoded here). An image from
// elsewhere is a tracking pixel: the site's CSP blocks it on pages, but feed readers load what the Atom feed
// carries, telling the author who read the update and when. So the one Markdown renderer drops it everywhere
// (pages, feeds; e-mails carry plain-text excerpts only), keeping its alternative text.
import { randomUUID } from "node:crypto";
import Parser from "rss-parser";
import { afterAll, describe, expect, it } from "vitest";
import { loader as initiativeActivityLoader } from "~/routes/initiatives.$number.activity[.]atom.ts";
import { loader as initiativePageLoader } from "~/routes/initiatives.$number.tsx";
import { prisma } from "../../app/kernel/db.server.ts";
import { renderMarkdown } from "../../app/kernel/markdown.server.ts";
import { createInitiative, createInitiativeUpdate } from "../../prisma/seed/factories.ts";
import { loaderArgs } from "../support/requests.ts";

const ownImage = `/images/${randomUUID()}`;
const trackers = [
  "![pixel](https://tracker.example/p.png?reader=1)",
  "![pixel](http://tracker.example/p.png)",
  "![pixel](//tracker.example/p.png)",
  "![pixel][ref]\n\n[ref]: https://tracker.example/ref.png",
  "[![pixel](https://tracker.example/in-link.png)](https://example.org/)",
  "![pixel](/images/../../tracker.example/p.png)",
  "![pixel](https://hub.test.tracker.example/images/00000000-0000-0000-0000-000000000000)",
];
const cleanup: Array<() => Promise<unknown>> = [];

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe("renderMarkdown", () => {
  it.each(trackers)("shows no image from another site for %j, only its alternative text", (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("tracker.example/");
    expect(html).toContain("pixel");
  });

  it("keeps the hub's own pictures", () => {
    expect(renderMarkdown(`![工房の様子](${ownImage})`)).toContain(`<img src="${ownImage}" alt="工房の様子">`);
  });
});

describe("an initiative update carrying an image from elsewhere", () => {
  it("puts no outside image into the Atom feed or onto the page", async () => {
    const marker = `画像試験${randomUUID().slice(0, 6)}`;
    const initiative = await createInitiative(prisma, { strategyCode: "C", titleJa: `${marker} 取り組み` });
    cleanup.push(() => prisma.initiative.delete({ where: { id: initiative.id } }));
    await createInitiativeUpdate(prisma, {
      initiativeId: initiative.id,
      authorId: null,
      title: `${marker} 報告`,
      body: `工房を訪ねました。\n\n![見学の様子](https://tracker.example/pixel.gif?id=${marker})\n\n![自前の写真](${ownImage})`,
    });

    const feedResponse = await initiativeActivityLoader(
      loaderArgs(`/initiatives/${initiative.number}/activity.atom`, { number: String(initiative.number) }),
    );
    const xml = await feedResponse.text();
    const feed = await new Parser().parseString(xml);
    const entry = feed.items.find((item) => item.title?.includes(marker));
    expect(entry?.content).toContain("見学の様子");
    expect(xml).not.toContain("tracker.example");
    expect(entry?.content).toContain(ownImage);

    const page = await initiativePageLoader(loaderArgs(`/initiatives/${initiative.number}`, { number: String(initiative.number) }));
    expect(JSON.stringify(page)).not.toContain("tracker.example");
  });
});
