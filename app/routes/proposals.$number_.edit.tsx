import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { Notice } from "~/kernel/forms/forms.tsx";
import { ProposalForm } from "~/features/proposals/proposal-form.tsx";
import { ProposalStatusBadge } from "~/features/proposals/proposal-parts.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { editProposalAction, loadProposalEditor } from "~/features/proposals/proposal-pages.server.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadProposalEditor(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  editProposalAction(request, context, numberParam(params, "number"));

export default function EditProposalPage() {
  const { proposal, strategies, defaultValue, editable, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container narrow page proposal-editor-page">
      <Breadcrumbs
        items={[
          { label: t("proposals.list.title"), to: "/proposals" },
          { label: t("proposals.detail.numberLabel", { number: proposal.number }), to: `/proposals/${proposal.number}` },
          { label: t("proposals.detail.edit") },
        ]}
      />
      <h1>{t("proposals.form.editTitle", { title: proposal.title })}</h1>
      <p>
        <ProposalStatusBadge status={proposal.status} /> {t(`proposals.statusHint.${proposal.status}`)}
      </p>
      {proposal.infoRequest ? (
        <section aria-labelledby="request-heading" className="panel proposal-request">
          <h2 id="request-heading">{t("proposals.detail.requestTitle")}</h2>
          <p className="proposal-request__text">{proposal.infoRequest}</p>
        </section>
      ) : null}
      {editable ? (
        <>
          <p className="lead">{t("proposals.form.editLead")}</p>
          {/* A new version (after a save elsewhere) starts a fresh form from what is stored. */}
          <ProposalForm
            key={proposal.version}
            proposal={{ number: proposal.number, status: proposal.status, partnerName: proposal.partner.displayName }}
            challenge={null}
            target={proposal.target}
            strategies={strategies}
            partners={[]}
            defaultValue={defaultValue}
            lastResult={actionData?.result ?? null}
            conflict={actionData?.conflict ?? null}
            language={language}
          />
        </>
      ) : (
        <Notice tone="error">
          <p>{t("proposals.form.notEditable")}</p>
        </Notice>
      )}
      <p>
        <Link to={`/proposals/${proposal.number}`}>{t("proposals.form.cancel")}</Link>
      </p>
    </div>
  );
}
