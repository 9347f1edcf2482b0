import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadTaxonomyEntry, taxonomyEntryAction } from "~/features/taxonomy/taxonomy-admin-pages.server.ts";
import { TaxonomyEntryForm } from "~/features/taxonomy/taxonomy-entry-form.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  loadTaxonomyEntry(request, textParam(params, "kind"), textParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  taxonomyEntryAction(request, context, textParam(params, "kind"), textParam(params, "id"));

export default function AdminTaxonomyEntry() {
  const { kind, entry, defaults, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/admin/taxonomy/${kind}`}>← {t(`adminTaxonomy.kinds.${kind}`)}</Link>
      </p>
      <h1>{t("adminTaxonomy.editTitle", { name: entry.name })}</h1>
      <p className="muted">
        <code>{entry.key}</code>
        {entry.retired ? `・${t("adminTaxonomy.retired")}` : null}
      </p>
      <TaxonomyEntryForm
        kind={kind}
        creating={false}
        defaults={defaults}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        latestHref={`/admin/taxonomy/${kind}/${entry.id}`}
        language={language}
      />
    </>
  );
}
