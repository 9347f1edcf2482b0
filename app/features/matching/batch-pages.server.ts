// The coordinators' batch assignment page /coordinate/matching/batch: choosing challenges, the proposed plan, checking
// a changed assignment and creating the matches, all through app/features/matching/engine/batch.server.ts.
import { data, redirect } from "@remix-run/node";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  batchChallengeLimit,
  listBatchChallenges,
  parseBatchChallengeNumbers,
  proposeBatch,
  runBatchAction,
  type BatchIssue,
} from "~/features/matching/engine/batch.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { requestContext, requirePermission } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { failureStatus } from "~/kernel/result.ts";

export async function loadBatchAssignment(request: Request) {
  await requirePermission(request, "match:manage");
  const url = new URL(request.url);
  const language = await getLanguage(request);
  const options = await getTaxonomyOptions(language);
  const strategyParam = url.searchParams.get("strategy");
  const strategy = options.strategies.some((item) => item.code === strategyParam) ? strategyParam : null;
  const numbers = parseBatchChallengeNumbers(url.searchParams.getAll("c"));
  const count = (name: string) => {
    const value = url.searchParams.get(name);
    return value !== null && /^\d{1,6}$/.test(value) ? Number(value) : null;
  };
  const created = count("created");
  const already = count("already");
  const [challenges, plan, meta] = await Promise.all([
    listBatchChallenges(strategy, language),
    numbers && numbers.length > 0 ? proposeBatch(numbers, language) : null,
    translatedMeta(request, { title: "matching.batch.title", description: "matching.batch.lead" }, { noindex: true }),
  ]);
  const issues: BatchIssue[] = numbers === null || (numbers.length > 0 && plan === null) ? [{ key: "challengeGone" }] : [];
  return {
    strategies: options.strategies,
    strategy,
    chosen: numbers ?? [],
    challenges,
    plan,
    issues,
    // What the last confirmation did: created new matches, and/or found them there already (confirmed twice).
    confirmed: created !== null && created + (already ?? 0) > 0 ? { created, already: already ?? 0 } : null,
    limit: batchChallengeLimit,
    meta,
  };
}

export async function batchAssignmentAction(request: Request, context: unknown) {
  const user = await requirePermission(request, "match:manage");
  const language = await getLanguage(request);
  const form = await readFormData(request);
  const result = await runBatchAction(form, { userId: user.id }, requestContext(request, context), language);
  if (result.ok === true)
    return redirect(`/coordinate/matching/batch?created=${result.created}${result.already > 0 ? `&already=${result.already}` : ""}`);
  if (result.ok === "checked")
    return {
      plan: result.plan,
      check: result.check,
      issues: [] as BatchIssue[],
    };
  return data({ plan: result.plan, check: result.check, issues: result.issues }, { status: failureStatus(result) });
}
