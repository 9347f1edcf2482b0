import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadNewTaxonomyEntry, newTaxonomyEntryAction } from "~/features/taxonomy/taxonomy-admin-pages.server.ts";
import { TaxonomyEntryForm } from "~/features/taxonomy/taxonomy-entry-form.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadNewTaxonomyEntry(request, textParam(params, "kind"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  newTaxonomyEntryAction(request, context, textParam(params, "kind"));

export default function AdminTaxonomyNew() {
  const { kind, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/admin/taxonomy/${kind}`}>← {t(`adminTaxonomy.kinds.${kind}`)}</Link>
      </p>
      <h1>{t(`adminTaxonomy.new.${kind}`)}</h1>
      <TaxonomyEntryForm
        kind={kind}
        creating
        defaults={{ position: "100" }}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        language={language}
      />
    </>
  );
}
