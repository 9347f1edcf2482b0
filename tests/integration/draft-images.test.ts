// A draft challenge's cover picture is as private as the draft: anyone with its address used to get it. Now a
// picture is public only while something public shows it (a published challenge, an initiative's cover, an update's
// photo); otherwise only staff who may edit challenges (and whoever uploaded it) get it, never from a shared cache.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as imageLoader } from "~/routes/images.$id.ts";
import { prepareImage, storeImage } from "../../app/features/initiatives/image.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges, createInitiative, createUser } from "../../prisma/seed/factories.ts";
import { getRequest, sessionCookie, settle } from "../support/signed-in.ts";

const cleanup: Array<() => Promise<unknown>> = [];
const cookies = { coordinator: "", resident: "", partner: "", uploader: "" };
let uploaderId = "";

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

beforeAll(async () => {
  for (const [label, roles] of [
    ["coordinator", ["COORDINATOR"]],
    ["resident", []],
    ["partner", ["PARTNER"]],
    ["uploader", ["PARTNER"]],
  ] as const) {
    const user = await createUser(prisma, {
      email: `${label}-${randomUUID().slice(0, 8)}@draft-images.test`,
      displayName: `画像 ${label}`,
      roles: [...roles],
    });
    cleanup.push(() => prisma.user.delete({ where: { id: user.id } }));
    cookies[label] = await sessionCookie(user.id);
    if (label === "uploader") uploaderId = user.id;
  }
});

async function uploadedImage() {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c33" } })
    .png()
    .toBuffer();
  const prepared = await prepareImage(png);
  if (!prepared.ok) throw new Error("test picture refused");
  const id = await storeImage(uploaderId, prepared.image);
  cleanup.push(() => prisma.image.deleteMany({ where: { id } }));
  return id;
}

async function fetchImage(id: string, cookie?: string) {
  return (await settle(() => imageLoader({ request: getRequest(`/images/${id}`, cookie), params: { id }, context: {} }))) as Response;
}

async function draftWithCover() {
  const imageId = await uploadedImage();
  const [challenge] = await createChallenges(prisma, [
    { strategyCode: "A", titleJa: `下書き ${randomUUID().slice(0, 6)}`, status: "DRAFT" },
  ]);
  await prisma.challenge.update({ where: { id: challenge!.id }, data: { coverImageId: imageId } });
  cleanup.push(() => prisma.challenge.delete({ where: { id: challenge!.id } }));
  return { imageId, challengeId: challenge!.id };
}

describe("a draft challenge's cover picture", () => {
  it("is not found for visitors, residents and partners", async () => {
    const { imageId } = await draftWithCover();
    for (const cookie of [undefined, cookies.resident, cookies.partner]) {
      const response = await fetchImage(imageId, cookie);
      expect(response.status).toBe(404);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
    }
  });

  it("is shown to a coordinator who may edit the draft, and never kept by a shared cache", async () => {
    const { imageId } = await draftWithCover();
    const response = await fetchImage(imageId, cookies.coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/webp");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("becomes public, cacheable for a year, once the challenge is published", async () => {
    const { imageId, challengeId } = await draftWithCover();
    await prisma.challenge.update({ where: { id: challengeId }, data: { status: "OPEN", publishedAt: new Date() } });
    const response = await fetchImage(imageId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
  });

  it("is private again when the challenge is archived", async () => {
    const { imageId, challengeId } = await draftWithCover();
    await prisma.challenge.update({ where: { id: challengeId }, data: { status: "OPEN", publishedAt: new Date() } });
    await prisma.challenge.update({ where: { id: challengeId }, data: { status: "ARCHIVED" } });
    expect((await fetchImage(imageId)).status).toBe(404);
    expect((await fetchImage(imageId, cookies.coordinator)).status).toBe(200);
  });
});

describe("other pictures", () => {
  it("an initiative's cover is public", async () => {
    const imageId = await uploadedImage();
    const initiative = await createInitiative(prisma, { strategyCode: "B", titleJa: `画像の取り組み ${randomUUID().slice(0, 6)}` });
    await prisma.initiative.update({ where: { id: initiative.id }, data: { coverImageId: imageId } });
    cleanup.push(() => prisma.initiative.delete({ where: { id: initiative.id } }));
    expect((await fetchImage(imageId)).status).toBe(200);
  });

  it("an upload nothing shows yet is only for staff and the one who uploaded it", async () => {
    const imageId = await uploadedImage();
    expect((await fetchImage(imageId)).status).toBe(404);
    expect((await fetchImage(imageId, cookies.partner)).status).toBe(404);
    expect((await fetchImage(imageId, cookies.uploader)).status).toBe(200);
  });
});
