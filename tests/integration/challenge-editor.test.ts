// The challenge editor against the real database: uploaded pictures (what is refused, what is stored and
// what is stripped), the model's lifecycle and optimistic locking, and the editor's action as a browser
// would call it (multipart body, session cookie).
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changeChallengeStatus,
  createChallenge,
  updateChallenge,
  type ChallengeContent,
} from "../../app/features/challenges/challenge.server.ts";
import { deleteUnusedImages, IMAGE_LIMITS, prepareImage, saveUploadedImage } from "../../app/features/initiatives/image.server.ts";
import { createSession } from "../../app/kernel/auth/session.server.ts";
import { challengeEditorAction } from "../../app/features/challenges/editor-pages.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";

const ns = accountNamespace("challenge-editor.test");
const userIds: string[] = [];
const imageIds: string[] = [];

let coordinator: { id: string; displayName: string };
let otherCoordinator: { id: string; displayName: string };
let resident: { id: string; displayName: string };

beforeAll(async () => {
  coordinator = await createUser(prisma, {
    email: ns.email("coordinator"),
    displayName: `木曽 コーディネーター ${randomUUID().slice(0, 4)}`,
    roles: ["COORDINATOR"],
  });
  otherCoordinator = await createUser(prisma, {
    email: ns.email("other"),
    displayName: `奈良井 コーディネーター ${randomUUID().slice(0, 4)}`,
    roles: ["COORDINATOR"],
  });
  resident = await createUser(prisma, { email: ns.email("resident"), displayName: "Resident" });
  userIds.push(coordinator.id, otherCoordinator.id, resident.id);
});

afterAll(async () => {
  const challenges = await prisma.challenge.findMany({
    where: { OR: [{ createdById: { in: userIds } }, { updatedById: { in: userIds } }] },
    select: { id: true },
  });
  const challengeIds = challenges.map((challenge) => challenge.id);
  await prisma.auditLog.deleteMany({ where: { targetType: "challenge", targetId: { in: challengeIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.image.deleteMany({ where: { OR: [{ uploadedById: { in: userIds } }, { id: { in: imageIds } }] } });
  await cleanUpAccounts(ns, userIds);
});

// ───────────────────────────── Pictures ─────────────────────────────

function solid(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 36, g: 112, b: 75 } } });
}

/** A JPEG as a phone writes it: camera, owner and GPS position in its EXIF block. */
async function jpegWithGps(width = 64, height = 48, orientation?: number) {
  // sharp writes the orientation tag itself (through withMetadata), then merges the rest of the EXIF block.
  return solid(width, height)
    .jpeg()
    .withMetadata(orientation ? { orientation } : {})
    .withExifMerge({
      IFD0: { Make: "ShiojiriCam", Model: "W1", Copyright: "secret-owner-name" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "36/1 6/1 54/1", GPSLongitudeRef: "E", GPSLongitude: "137/1 57/1 12/1" },
    })
    .toBuffer();
}

describe("prepareImage", () => {
  it("refuses a text file that only has a .png name", async () => {
    expect(await prepareImage(Buffer.from("this is not a picture, whatever the file name says"))).toEqual({
      ok: false,
      kind: "invalid",
      reason: "challengeForm.coverType",
    });
  });

  it("refuses SVG, even though sharp could draw it", async () => {
    const svg = Buffer.from(
      `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>`,
    );
    expect(await prepareImage(svg)).toEqual({ ok: false, kind: "invalid", reason: "challengeForm.coverType" });
  });

  it("refuses formats other than JPEG, PNG and WebP", async () => {
    const gif = await solid(8, 8).gif().toBuffer();
    expect(await prepareImage(gif)).toEqual({ ok: false, kind: "invalid", reason: "challengeForm.coverType" });
  });

  it("refuses a file that starts like a PNG but is not one", async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("garbage after the signature")]);
    expect(await prepareImage(fake)).toEqual({ ok: false, kind: "invalid", reason: "challengeForm.coverUnreadable" });
  });

  it("refuses a truncated JPEG", async () => {
    const jpeg = await solid(400, 300).jpeg().toBuffer();
    expect(await prepareImage(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toEqual({
      ok: false,
      kind: "invalid",
      reason: "challengeForm.coverUnreadable",
    });
  });

  it("refuses a picture wider or taller than 4000 pixels", async () => {
    const wide = await solid(IMAGE_LIMITS.maxDimension + 1, 10)
      .png()
      .toBuffer();
    expect(await prepareImage(wide)).toEqual({ ok: false, kind: "invalid", reason: "challengeForm.coverDimensions" });
  });

  it("refuses a file over 5 MB", async () => {
    const big = Buffer.alloc(IMAGE_LIMITS.maxUploadBytes + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await prepareImage(big)).toEqual({ ok: false, kind: "invalid", reason: "challengeForm.coverTooLarge" });
  });

  it("scales wide pictures down to 1600 pixels and turns them the way EXIF says", async () => {
    const wide = await prepareImage(await solid(2400, 1200).png().toBuffer());
    expect(wide.ok && { width: wide.image.width, height: wide.image.height }).toEqual({ width: 1600, height: 800 });
    // Orientation 6: stored sideways, shown rotated 90°.
    const turned = await prepareImage(await jpegWithGps(60, 40, 6));
    expect(turned.ok && { width: turned.image.width, height: turned.image.height }).toEqual({ width: 40, height: 60 });
  });
});

describe("saveUploadedImage", () => {
  it("stores a JPEG with a GPS position as a WebP without any metadata", async () => {
    const original = await jpegWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer is really there

    const saved = await saveUploadedImage(coordinator.id, original);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    imageIds.push(saved.id);
    const row = await prisma.image.findUniqueOrThrow({
      where: { id: saved.id },
      select: { contentType: true, byteSize: true, bytes: true, width: true, height: true, uploadedById: true },
    });
    expect(row).toMatchObject({ contentType: "image/webp", width: 64, height: 48, uploadedById: coordinator.id });
    expect(row.byteSize).toBe(row.bytes.byteLength);
    const stored = Buffer.from(row.bytes);
    const after = await sharp(stored).metadata();
    expect(after.format).toBe("webp");
    expect({ exif: after.exif, xmp: after.xmp, icc: after.icc, iptc: after.iptc }).toEqual({
      exif: undefined,
      xmp: undefined,
      icc: undefined,
      iptc: undefined,
    });
    expect(stored.includes(Buffer.from("secret-owner-name"))).toBe(false);
    expect(stored.includes(Buffer.from("ShiojiriCam"))).toBe(false);
  });

  it("stores nothing for a refused file", async () => {
    const count = await prisma.image.count({ where: { uploadedById: resident.id } });
    expect(await saveUploadedImage(resident.id, Buffer.from("<svg/>"))).toEqual({
      ok: false,
      kind: "invalid",
      reason: "challengeForm.coverType",
    });
    expect(await prisma.image.count({ where: { uploadedById: resident.id } })).toBe(count);
  });
});

// ───────────────────────────── Model: lifecycle and conflicts ─────────────────────────────

function content(overrides: Partial<ChallengeContent> = {}): ChallengeContent {
  return {
    titleJa: `編集テスト ${randomUUID().slice(0, 8)}`,
    titleEn: null,
    summaryJa: "概要です。",
    summaryEn: null,
    bodyJa: "## 背景\n\n- 一つ目\n- 二つ目",
    bodyEn: null,
    hoursPerMonth: null,
    languages: ["ja"],
    strategyCode: "B",
    fieldNumbers: [5, 4],
    areaSlug: "daimon",
    periodNumber: 1,
    skillSlugs: [],
    workStyles: ["REMOTE"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 2,
    deadline: null,
    ownerDepartmentJa: "企画政策課",
    ownerDepartmentEn: null,
    coverAltJa: null,
    coverAltEn: null,
    ...overrides,
  };
}

async function auditActionsFor(number: number) {
  const challenge = await prisma.challenge.findUniqueOrThrow({ where: { number }, select: { id: true } });
  const entries = await prisma.auditLog.findMany({
    where: { targetType: "challenge", targetId: challenge.id },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, details: true },
  });
  return entries;
}

describe("challenge lifecycle and optimistic locking", () => {
  it("creates a draft, refuses DRAFT → COMPLETED, refuses a stale version, and publishing sets publishedAt", async () => {
    const created = await createChallenge(coordinator, content(), { ip: "10.9.9.9" });
    expect(created).toMatchObject({ ok: true, version: 1 });
    if (!created.ok) return;
    const number = created.number;
    const stored = await prisma.challenge.findUniqueOrThrow({
      where: { number },
      select: { status: true, publishedAt: true, fields: { select: { isPrimary: true, field: { select: { number: true } } } } },
    });
    expect(stored.status).toBe("DRAFT");
    expect(stored.publishedAt).toBeNull();
    expect(stored.fields.find((link) => link.isPrimary)?.field.number).toBe(5);

    expect(await changeChallengeStatus(coordinator, number, 1, "COMPLETED")).toEqual({
      ok: false,
      kind: "invalid",
      reason: "not-allowed",
      from: "DRAFT",
    });

    // Two editors opened version 1; the first saves, the second's save is refused with who and when.
    expect(await updateChallenge(otherCoordinator, number, 1, content({ titleJa: "先に保存した版" }))).toMatchObject({
      ok: true,
      version: 2,
    });
    const stale = await updateChallenge(coordinator, number, 1, content({ titleJa: "後から保存しようとした版" }));
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { version: 2, changedBy: otherCoordinator.displayName } });
    expect((await prisma.challenge.findUniqueOrThrow({ where: { number }, select: { titleJa: true } })).titleJa).toBe("先に保存した版");
    // A status change from a stale page is refused the same way.
    expect(await changeChallengeStatus(coordinator, number, 1, "OPEN")).toMatchObject({ ok: false, reason: "conflict" });

    const before = Date.now();
    expect(await changeChallengeStatus(coordinator, number, 2, "OPEN", "10.9.9.9")).toEqual({ ok: true, status: "OPEN", version: 3 });
    const published = await prisma.challenge.findUniqueOrThrow({ where: { number }, select: { status: true, publishedAt: true } });
    expect(published.status).toBe("OPEN");
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const audit = await auditActionsFor(number);
    expect(audit.map((entry) => entry.action)).toEqual(["challenge.created", "challenge.updated", "challenge.status_changed"]);
    expect(audit.map((entry) => entry.actorId)).toEqual([coordinator.id, otherCoordinator.id, coordinator.id]);
    expect(audit[2]!.details).toMatchObject({ number, from: "DRAFT", to: "OPEN" });
  });
});

// ───────────────────────────── The editor's action ─────────────────────────────

async function cookieFor(userId: string) {
  const { token } = await createSession(userId, "vitest", { secondFactor: true });
  // Remix's createCookie stores a value as base64 of its JSON; outside production the cookie is "session".
  return `session=${encodeURIComponent(Buffer.from(JSON.stringify(token)).toString("base64"))}`;
}

type FormValues = Record<string, string | string[] | File>;

function editorRequest(path: string, cookie: string, values: FormValues) {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return new Request(`http://hub.test${path}`, { method: "POST", body: form, headers: { Cookie: cookie } });
}

const context = { clientIp: "10.8.8.8" };

function validForm(overrides: FormValues = {}): FormValues {
  return {
    intent: "save",
    version: "0",
    titleJa: `アクションで作成 ${randomUUID().slice(0, 8)}`,
    summaryJa: "概要",
    bodyJa: "## 見出し\n\n- 箇条書き",
    strategyCode: "C",
    fieldNumbers: ["7", "9"],
    primaryFieldNumber: "9",
    areaSlug: "online",
    periodNumber: "1",
    skillSlugs: [],
    workStyles: ["REMOTE", "HYBRID"],
    engagementTypes: ["RESEARCH"],
    capacity: "3",
    deadline: "2027-03-31",
    ownerDepartmentJa: "地方創生推進課",
    ...overrides,
  };
}

type ActionReply = {
  data: {
    intent: string;
    result?: { initialValue: Record<string, unknown>; error?: Record<string, string[]> };
    conflict?: { changedBy: string | null; version: number } | null;
  };
  init: ResponseInit | null;
};

async function runAction(request: Request, number: number | null) {
  try {
    return await challengeEditorAction(request, context, number);
  } catch (thrown) {
    return thrown;
  }
}

describe("challengeEditorAction", () => {
  it("creates a challenge with a cover from a multipart form, the chosen main field first", async () => {
    const cookie = await cookieFor(coordinator.id);
    const png = await solid(320, 180).png().toBuffer();
    const response = await runAction(
      editorRequest(
        "/coordinate/challenges/new",
        cookie,
        validForm({ coverAltJa: "緑一色の画像", cover: new File([new Uint8Array(png)], "cover.png", { type: "image/png" }) }),
      ),
      null,
    );
    expect(response).toBeInstanceOf(Response);
    const location = (response as Response).headers.get("Location")!;
    expect(location).toMatch(/^\/coordinate\/challenges\/\d+\/edit$/);
    const number = Number(location.split("/")[3]);
    const stored = await prisma.challenge.findUniqueOrThrow({
      where: { number },
      select: {
        status: true,
        coverAltJa: true,
        deadline: true,
        coverImage: { select: { contentType: true } },
        fields: { select: { isPrimary: true, field: { select: { number: true } } } },
      },
    });
    expect(stored).toMatchObject({ status: "DRAFT", coverAltJa: "緑一色の画像", coverImage: { contentType: "image/webp" } });
    expect(stored.deadline?.toISOString().slice(0, 10)).toBe("2027-03-31");
    expect(stored.fields.find((link) => link.isPrimary)?.field.number).toBe(9);
  });

  it("answers 409 to a stale save, keeps what was typed and writes nothing", async () => {
    const created = await createChallenge(coordinator, content());
    if (!created.ok) throw new Error("setup failed");
    await updateChallenge(otherCoordinator, created.number, 1, content({ titleJa: "もう一人が保存したタイトル" }));
    const cookie = await cookieFor(coordinator.id);
    const typed = validForm({
      version: "1",
      titleJa: "私が入力したタイトル",
      strategyCode: "B",
      fieldNumbers: ["4"],
      primaryFieldNumber: "",
    });
    const reply = (await runAction(
      editorRequest(`/coordinate/challenges/${created.number}/edit`, cookie, typed),
      created.number,
    )) as ActionReply;
    expect(reply.init?.status).toBe(409);
    expect(reply.data.conflict).toMatchObject({ changedBy: otherCoordinator.displayName, version: 2 });
    expect(reply.data.result?.initialValue).toMatchObject({ titleJa: "私が入力したタイトル", version: "1" });
    expect((await prisma.challenge.findUniqueOrThrow({ where: { number: created.number }, select: { titleJa: true } })).titleJa).toBe(
      "もう一人が保存したタイトル",
    );
  });

  it("keeps the typed text and names the file when the cover is too big", async () => {
    const cookie = await cookieFor(coordinator.id);
    const tooBig = new File([new Uint8Array(IMAGE_LIMITS.maxUploadBytes + 10)], "huge.jpg", { type: "image/jpeg" });
    const reply = (await runAction(
      editorRequest("/coordinate/challenges/new", cookie, validForm({ titleJa: "大きすぎる画像と一緒に", cover: tooBig })),
      null,
    )) as ActionReply;
    expect(reply.init?.status).toBe(400);
    expect(reply.data.result?.error?.cover).toEqual(["challengeForm.coverTooLarge"]);
    expect(reply.data.result?.initialValue.titleJa).toBe("大きすぎる画像と一緒に");
  });

  it("refuses a non-image and a field list without the strategy's fields, and stores no picture", async () => {
    const cookie = await cookieFor(coordinator.id);
    const before = await prisma.image.count({ where: { uploadedById: coordinator.id } });
    const notImage = new File([new TextEncoder().encode("%PDF-1.7 not a picture")], "cover.png", { type: "image/png" });
    const reply = (await runAction(
      editorRequest(
        "/coordinate/challenges/new",
        cookie,
        validForm({ strategyCode: "A", fieldNumbers: ["7"], primaryFieldNumber: "", cover: notImage }),
      ),
      null,
    )) as ActionReply;
    expect(reply.init?.status).toBe(400);
    expect(reply.data.result?.error).toMatchObject({ cover: ["challengeForm.coverType"] });
    // The taxonomy rule runs once the schema is satisfied; a good picture alongside would have to be chosen again.
    const good = new File([new Uint8Array(await solid(40, 40).png().toBuffer())], "ok.png", { type: "image/png" });
    const second = (await runAction(
      editorRequest(
        "/coordinate/challenges/new",
        cookie,
        validForm({ strategyCode: "A", fieldNumbers: ["7"], primaryFieldNumber: "", coverAltJa: "説明", cover: good }),
      ),
      null,
    )) as ActionReply;
    expect(second.data.result?.error).toMatchObject({
      fieldNumbers: ["challengeForm.fieldOfStrategyRequired"],
      cover: ["challengeForm.coverChooseAgain"],
    });
    expect(await prisma.image.count({ where: { uploadedById: coordinator.id } })).toBe(before);
  });

  it("changes the status with intent=status and refuses archiving without the confirmation", async () => {
    const created = await createChallenge(coordinator, content());
    if (!created.ok) throw new Error("setup failed");
    const cookie = await cookieFor(coordinator.id);
    const post = (values: Record<string, string>) =>
      new Request(`http://hub.test/coordinate/challenges/${created.number}/edit`, {
        method: "POST",
        body: new URLSearchParams(values),
        headers: { Cookie: cookie },
      });
    const refused = (await runAction(post({ intent: "status", status: "ARCHIVED", version: "1" }), created.number)) as ActionReply;
    expect(refused.init?.status).toBe(400);
    expect(refused.data).toMatchObject({ intent: "status", error: "coordinate.archiveConfirmRequired", field: "confirmArchive" });
    const skipped = (await runAction(post({ intent: "status", status: "IN_PROGRESS", version: "1" }), created.number)) as ActionReply;
    expect(skipped.data).toMatchObject({ error: "coordinate.statusNotAllowed" });
    const published = await runAction(post({ intent: "status", status: "OPEN", version: "1" }), created.number);
    expect((published as Response).headers.get("Location")).toBe(`/coordinate/challenges/${created.number}/edit`);
    const stale = (await runAction(post({ intent: "status", status: "MATCHING", version: "1" }), created.number)) as ActionReply;
    expect(stale.init?.status).toBe(409);
    expect(stale.data.conflict).toMatchObject({ version: 2, changedBy: coordinator.displayName });
  });

  it("refuses residents with 403 before reading the form", async () => {
    const cookie = await cookieFor(resident.id);
    const response = await runAction(editorRequest("/coordinate/challenges/new", cookie, validForm()), null);
    expect((response as Response).status).toBe(403);
  });

  it("deletes a replaced cover but keeps one that is still shown", async () => {
    const first = await saveUploadedImage(coordinator.id, await solid(30, 20).png().toBuffer());
    if (!first.ok) throw new Error("setup failed");
    const created = await createChallenge(coordinator, content({ coverAltJa: "説明" }), { coverImageId: first.id });
    if (!created.ok) throw new Error("setup failed");
    expect(await deleteUnusedImages([first.id])).toBe(0);
    const cookie = await cookieFor(coordinator.id);
    const replacement = new File([new Uint8Array(await solid(50, 20).png().toBuffer())], "new.png", { type: "image/png" });
    const form = validForm({
      version: "1",
      strategyCode: "B",
      fieldNumbers: ["5"],
      primaryFieldNumber: "5",
      coverAltJa: "新しい説明",
      cover: replacement,
    });
    const response = await runAction(editorRequest(`/coordinate/challenges/${created.number}/edit`, cookie, form), created.number);
    expect(response).toBeInstanceOf(Response);
    const stored = await prisma.challenge.findUniqueOrThrow({
      where: { number: created.number },
      select: { coverImageId: true, version: true },
    });
    expect(stored.coverImageId).not.toBe(first.id);
    expect(stored.version).toBe(2);
    expect(await prisma.image.count({ where: { id: first.id } })).toBe(0);
  });
});
