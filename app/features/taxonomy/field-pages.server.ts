// The strategic field page /fields/<n>: its vision, open challenges, initiatives, the other fields of its
// strategy and a follow button. The route module only calls this.
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listOpenChallengesFor, withCountdown } from "~/features/challenges/index.server.ts";
import { followStateFor } from "~/features/following/index.server.ts";
import { challengeFeedLinks, subscribeHrefs, subscribeLinks } from "~/features/following/index.ts";
import { listInitiativesFor } from "~/features/initiatives/index.server.ts";
import { getFieldByNumber, loadTaxonomyLookups } from "~/features/taxonomy/taxonomy.server.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { notFound } from "~/kernel/http.server.ts";
import { fieldMark } from "~/kernel/localize.ts";

/** `number` is the address's text: field numbers are looked up as written (1 to 99). */
export async function loadFieldPage(request: Request, number: string) {
  const language = await getLanguage(request);
  const [t, field] = await Promise.all([getFixedT(request), getFieldByNumber(number, language)]);
  if (!field) notFound();
  const [open, lookups, user] = await Promise.all([
    listOpenChallengesFor({ field: field.number }, language),
    loadTaxonomyLookups(),
    getUser(request),
  ]);
  const [follow, initiatives] = await Promise.all([
    followStateFor(user?.id ?? null, { type: "FIELD", fieldId: lookups.fieldIdByNumber.get(field.number)! }),
    listInitiativesFor({ fieldNumber: field.number }, language),
  ]);
  return {
    field,
    follow,
    initiatives,
    language,
    openChallenges: { items: withCountdown(open.items), total: open.total },
    subscribe: subscribeHrefs({ field: field.number }),
    feedLinks: [
      ...subscribeLinks({ field: field.number }, `${fieldMark(field.number)} ${field.name}`, t),
      ...challengeFeedLinks({ field: field.number }, t, { label: `${fieldMark(field.number)} ${field.name}` }),
    ],
    meta: {
      title: t("field.title", { mark: fieldMark(field.number), name: field.name }),
      description: field.vision,
      siteName: t("site.name"),
      language,
    },
  };
}
