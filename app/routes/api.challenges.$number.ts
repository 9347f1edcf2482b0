import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicChallengeForApi, toOpenDataItem } from "~/features/challenges/challenge-export.server.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { apiError, apiGuard, apiJson } from "~/features/challenges/open-data.server.ts";

/** GET /api/challenges/12: one public challenge with its body (Markdown) in both languages; 404 JSON otherwise. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return apiGuard(() => oneChallenge(request, params.number ?? ""));
}

async function oneChallenge(request: Request, number: string) {
  if (!/^[1-9]\d{0,8}$/.test(number)) {
    return apiError({ status: 404, message: "No public challenge has this number / この番号の公開中の地域課題はありません" });
  }
  const row = await getPublicChallengeForApi(Number(number));
  if (!row) return apiError({ status: 404, message: "No public challenge has this number / この番号の公開中の地域課題はありません" });
  const origin = publicOrigin(request);
  return apiJson({
    data: { ...toOpenDataItem(row, origin), bodyJa: row.bodyJa, bodyEn: row.bodyEn, bodyFormat: "markdown" },
    links: { self: `${origin}/api/challenges/${row.number}`, html: `${origin}/challenges/${row.number}` },
  });
}
