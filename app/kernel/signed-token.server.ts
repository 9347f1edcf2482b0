// Signed links that act without signing in (one-click unsubscribe): the token names the user and what to stop,
// and an HMAC proves the hub wrote it. Nothing is stored per link, so links in e-mails already sent keep working
// as long as the key does.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { prisma } from "~/kernel/db.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import { isUuid } from "~/kernel/params.server.ts";

/** "all": stop notification e-mails (frequency OFF); "follow:<id>": stop following one target; "answer:<match id>":
 * answer an introduction as that partner member, from the introduction e-mail (decision 0019). */
export type LinkScope = "all" | `follow:${string}` | `answer:${string}`;
export type LinkPayload = { u: string; s: LinkScope };

const SECRET_NAME = "link-signing";

let cachedKey: Promise<Buffer> | null = null;

/**
 * The configured key, or the one generated for this installation: the first process to need it inserts a random
 * key, and every process reads back whichever insert won, so all of them sign alike.
 */
export function getLinkSigningKey(): Promise<Buffer> {
  cachedKey ??= (async () => {
    const configured = getEnv().LINK_SIGNING_SECRET;
    if (configured) return Buffer.from(configured, "utf8");
    await prisma.$executeRaw`INSERT INTO "AppSecret" ("name", "value") VALUES (${SECRET_NAME}, ${randomBytes(32).toString("base64url")})
      ON CONFLICT ("name") DO NOTHING`;
    const stored = await prisma.appSecret.findUniqueOrThrow({ where: { name: SECRET_NAME }, select: { value: true } });
    return Buffer.from(stored.value, "utf8");
  })();
  cachedKey.catch(() => (cachedKey = null));
  return cachedKey;
}

function mac(key: Buffer, encodedPayload: string): Buffer {
  return createHmac("sha256", key).update(encodedPayload).digest();
}

/** Synchronous with a key in hand: the fan-out signs one link per follower (20,000 in a few milliseconds). */
export function signLinkTokenWith(key: Buffer, payload: LinkPayload): string {
  const encoded = Buffer.from(JSON.stringify({ u: payload.u, s: payload.s }), "utf8").toString("base64url");
  return `${encoded}.${mac(key, encoded).toString("base64url")}`;
}

export async function signLinkToken(payload: LinkPayload): Promise<string> {
  return signLinkTokenWith(await getLinkSigningKey(), payload);
}

/** The decoded JSON of an intact token this hub signed (either kind); null for anything malformed, tampered or foreign. */
async function signedPayload(token: string | undefined | null): Promise<unknown> {
  if (!token || token.length > 512) return null;
  const [encoded, signature, ...rest] = token.split(".");
  if (!encoded || !signature || rest.length > 0) return null;
  const expected = mac(await getLinkSigningKey(), encoded);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/** The payload of an intact token this hub signed; null for anything else (malformed, tampered, other key). */
export async function verifyLinkToken(token: string | undefined | null): Promise<LinkPayload | null> {
  const payload = await signedPayload(token);
  if (typeof payload !== "object" || payload === null) return null;
  const { u, s } = payload as { u?: unknown; s?: unknown };
  if (!isUuid(u) || typeof s !== "string") return null;
  if (s === "all") return { u, s };
  if (s.startsWith("follow:") && isUuid(s.slice("follow:".length))) return { u, s: s as LinkScope };
  if (s.startsWith("answer:") && isUuid(s.slice("answer:".length))) return { u, s: s as LinkScope };
  return null;
}

/** The address of a token's page; the same address is the List-Unsubscribe header's one-click target. */
export function unsubscribeUrl(origin: string, token: string): string {
  return `${origin}/unsubscribe/${token}`;
}

// ───────────────────────────── Record links ─────────────────────────────
// A link about one record rather than one person (a check-in to answer, a scope to confirm, a contribution record
// to verify): the payload names the record and what the link may do, e.g. "check-in:<uuid>". Its shape ({ r })
// differs from an unsubscribe link's ({ u, s }), so neither kind of token is ever taken for the other.

/** Signs `subject` (at most 200 characters) with the installation's key. */
export function signRecordLinkWith(key: Buffer, subject: string): string {
  if (subject.length === 0 || subject.length > 200) throw new Error("signRecordLink: subject must have 1–200 characters");
  const encoded = Buffer.from(JSON.stringify({ r: subject }), "utf8").toString("base64url");
  return `${encoded}.${mac(key, encoded).toString("base64url")}`;
}

export async function signRecordLink(subject: string): Promise<string> {
  return signRecordLinkWith(await getLinkSigningKey(), subject);
}

/** The subject of an intact record link this hub signed; null for anything else. */
export async function verifyRecordLink(token: string | undefined | null): Promise<string | null> {
  const subject = ((await signedPayload(token)) as { r?: unknown } | null)?.r;
  return typeof subject === "string" && subject.length > 0 ? subject : null;
}
