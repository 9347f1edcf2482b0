// A creation form sent twice — a double click before the button says it is busy, or back and send again — must
// leave one record, not two. Each form carries a submission key drawn when its page was shown (a hidden field,
// SubmissionKeyField); the first submission with a key claims it and does the work, and a repeat waits for the
// first to finish and is sent where the first one led. A refused submission (bad input) gives its key back, so
// the corrected form can be sent again.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/kernel/db.server.ts";

export const SUBMISSION_KEY_FIELD = "submissionKey";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** How long a repeat waits for the first submission to finish before saying so. */
const WAIT_MS = 15_000;
/** A claim this old without an answer belonged to a process that died: the key may be used again. */
const ABANDONED_MS = 60_000;

/** A fresh key for a form about to be shown (from its loader, so the server and the browser draw the same one). */
export function newSubmissionKey(): string {
  return randomUUID();
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function claim(key: string, userId: string): Promise<boolean> {
  try {
    await prisma.formSubmission.create({ data: { key, userId } });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return false;
  }
}

/** Where the first submission with this key led, once it has; null if it never will (refused or abandoned). */
async function firstAnswer(key: string, userId: string): Promise<string | null> {
  for (let waited = 0; waited < WAIT_MS; waited += 100) {
    const row = await prisma.formSubmission.findUnique({ where: { key }, select: { userId: true, location: true, createdAt: true } });
    if (!row || row.userId !== userId) return null;
    if (row.location) return row.location;
    if (Date.now() - row.createdAt.getTime() > ABANDONED_MS) {
      await prisma.formSubmission.deleteMany({ where: { key, location: null } });
      return null;
    }
    await sleep(100);
  }
  throw new Response(
    "This form is still being handled; reload the page to see the result. / この送信はまだ処理中です。ページを再読み込みしてください。",
    {
      status: 409,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
}

/**
 * Does `work` once per submission key: the first submission runs it; a repeat (same key) is redirected to where
 * the first one led, and runs it only if the first was refused. Without a key (an old page) the work just runs.
 */
export async function oncePerSubmission<T>(formData: FormData, userId: string, work: () => Promise<T>): Promise<T | Response> {
  const sent = formData.get(SUBMISSION_KEY_FIELD);
  const key = typeof sent === "string" && uuidPattern.test(sent) ? sent : null;
  if (!key) return work();
  while (!(await claim(key, userId))) {
    const location = await firstAnswer(key, userId);
    if (location) return new Response(null, { status: 302, headers: { Location: location } });
    // The first was refused (its key given back) or abandoned: this one may claim the key.
  }
  const settle = async (answer: unknown) => {
    const location = answer instanceof Response && answer.status >= 300 && answer.status < 400 ? answer.headers.get("Location") : null;
    if (location) await prisma.formSubmission.update({ where: { key }, data: { location } });
    else await prisma.formSubmission.deleteMany({ where: { key, location: null } });
  };
  try {
    const answer = await work();
    await settle(answer);
    return answer;
  } catch (thrown) {
    // A redirect may be thrown as well as returned.
    await settle(thrown);
    throw thrown;
  }
}
