import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { CheckboxField, FormAlert, InputField, Notice, SelectField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { invitationSchema, memberRoles, transferOwnershipSchema } from "~/features/partners/organisation-schemas.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadOrganisationPage, organisationPageAction } from "~/features/partners/organisation-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadOrganisationPage(request, textParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context, params }: ActionFunctionArgs) =>
  organisationPageAction(request, context, textParam(params, "id"));

export default function OrganisationPage() {
  const { organisation, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const owner = organisation.access === "owner";
  const seesPrivate = organisation.access !== "member";
  const others = organisation.members.filter((member) => !member.isMe);
  const roleOptions = memberRoles.map((role) => ({ value: role, label: t(`organisations.roles.${role}`) }));
  const [inviteForm, inviteFields] = useSchemaForm(invitationSchema, {
    id: "invite",
    lastResult: actionData?.intent === "invite" ? actionData.result : null,
    defaultValue: { role: "MEMBER", language: "ja" },
  });
  const [transferForm, transferFields] = useSchemaForm(transferOwnershipSchema, {
    id: "transfer",
    lastResult: actionData?.intent === "transfer" ? actionData.result : null,
  });
  // Errors of the one-button forms (revoke, role, remove, leave) show at the top of the page.
  const pageError = actionData?.error && !["invite", "transfer"].includes(actionData.intent) ? actionData.error : null;

  return (
    <div className="container page organisations-page">
      <Breadcrumbs items={[{ label: t("organisations.index.title"), to: "/organisations" }, { label: organisation.displayName }]} />
      <h1>{organisation.displayName}</h1>
      {organisation.headline ? <p className="lead">{organisation.headline}</p> : <p className="lead">{t("organisations.page.lead")}</p>}
      {organisation.access === "coordinator" ? <Notice>{t("organisations.page.readOnly")}</Notice> : null}
      {actionData?.done ? <Notice tone="success">{t(actionData.done.key, actionData.done.values)}</Notice> : null}
      {pageError ? <Notice tone="error">{pageError}</Notice> : null}

      <section aria-labelledby="members-heading" className="panel">
        <h2 id="members-heading">{t("organisations.page.membersHeading")}</h2>
        <div className="table-scroll">
          <table className="data-table organisation-members">
            <caption className="visually-hidden">{t("organisations.page.membersCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("organisations.page.name")}</th>
                {seesPrivate ? <th scope="col">{t("organisations.page.email")}</th> : null}
                <th scope="col">{t("organisations.page.role")}</th>
                <th scope="col">{t("organisations.page.joined")}</th>
                {owner ? <th scope="col">{t("organisations.page.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {organisation.members.map((member) => (
                <tr key={member.userId}>
                  <th scope="row">
                    {member.displayName}
                    {member.isMe ? t("organisations.page.you") : null}
                  </th>
                  {seesPrivate ? <td className="account-email">{member.email}</td> : null}
                  <td>{t(`organisations.roles.${member.role}`)}</td>
                  <td>{formatDate(language, member.joinedAt)}</td>
                  {owner ? (
                    <td>
                      <div className="organisation-members__actions">
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="userId" value={member.userId} />
                          <label htmlFor={`role-${member.userId}`} className="visually-hidden">
                            {t("organisations.page.newRole", { name: member.displayName })}
                          </label>
                          <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
                            {roleOptions.map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                          <SubmitButton name="intent" value="role" tone="secondary">
                            {t("organisations.page.changeRole")}
                          </SubmitButton>
                        </Form>
                        {member.isMe ? null : (
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="userId" value={member.userId} />
                            <SubmitButton name="intent" value="remove" tone="danger">
                              <span aria-hidden="true">{t("organisations.page.remove")}</span>
                              <span className="visually-hidden">{t("organisations.page.removeLabel", { name: member.displayName })}</span>
                            </SubmitButton>
                          </Form>
                        )}
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="profile-heading" className="panel">
        <h2 id="profile-heading">{t("organisations.page.profileHeading")}</h2>
        {organisation.isPublic ? null : <p>{t("organisations.page.notPublic")}</p>}
        <ul className="organisation-links">
          {owner ? (
            <li>
              <Link to={`/organisations/${organisation.id}/profile`}>{t("organisations.page.editProfile")}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`/partners/${organisation.id}`}>{t("organisations.page.viewProfile")}</Link>
          </li>
        </ul>
      </section>

      {seesPrivate ? (
        <section aria-labelledby="invitations-heading" className="panel">
          <h2 id="invitations-heading">{t("organisations.page.invitationsHeading")}</h2>
          {organisation.invitations.length === 0 ? (
            <p>{t("organisations.page.invitationsNone")}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t("organisations.page.invitationsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("organisations.page.email")}</th>
                    <th scope="col">{t("organisations.page.role")}</th>
                    <th scope="col">{t("organisations.page.invitedBy")}</th>
                    <th scope="col">{t("organisations.page.status")}</th>
                    {owner ? <th scope="col">{t("organisations.page.actions")}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {organisation.invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row" className="account-email">
                        {invitation.email}
                      </th>
                      <td>{t(`organisations.roles.${invitation.role}`)}</td>
                      <td>{invitation.invitedBy ?? "—"}</td>
                      <td>
                        <span className={`badge ${invitation.expired ? "badge--warn" : "badge--ok"}`}>
                          {t(invitation.expired ? "organisations.page.expired" : "organisations.page.pending", {
                            date: formatDate(language, invitation.expiresAt),
                          })}
                        </span>
                      </td>
                      {owner ? (
                        <td>
                          {invitation.expired ? null : (
                            <Form method="post" className="inline-form">
                              <input type="hidden" name="invitationId" value={invitation.id} />
                              <SubmitButton name="intent" value="revoke" tone="secondary">
                                <span aria-hidden="true">{t("organisations.page.revoke")}</span>
                                <span className="visually-hidden">{t("organisations.page.revokeLabel", { email: invitation.email })}</span>
                              </SubmitButton>
                            </Form>
                          )}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {owner ? (
        <section aria-labelledby="invite-heading" className="panel">
          <h2 id="invite-heading">{t("organisations.page.inviteHeading")}</h2>
          <p>{t("organisations.page.inviteLead")}</p>
          <Form method="post" {...getFormProps(inviteForm)} className="form-stack">
            <FormAlert id={inviteForm.errorId} errors={inviteForm.errors} />
            <InputField
              meta={inviteFields.email}
              label={t("organisations.page.inviteEmail")}
              type="email"
              autoComplete="off"
              markRequired={false}
            />
            <SelectField meta={inviteFields.role} label={t("organisations.page.inviteRole")} options={roleOptions} markRequired={false} />
            <SelectField
              meta={inviteFields.language}
              label={t("organisations.page.inviteLanguage")}
              options={[
                { value: "ja", label: t("language.ja") },
                { value: "en", label: t("language.en") },
              ]}
              markRequired={false}
            />
            <p className="field-hint">{t("organisations.page.inviteLanguageHint")}</p>
            <SubmitButton name="intent" value="invite">
              {t("organisations.page.inviteSubmit")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}

      {owner && others.length > 0 ? (
        <section aria-labelledby="transfer-heading" className="panel">
          <h2 id="transfer-heading">{t("organisations.page.transferHeading")}</h2>
          <p>{t("organisations.page.transferLead")}</p>
          <Form method="post" {...getFormProps(transferForm)} className="form-stack">
            <FormAlert id={transferForm.errorId} errors={transferForm.errors} />
            <SelectField
              meta={transferFields.userId}
              label={t("organisations.page.transferTo")}
              options={others.map((member) => ({
                value: member.userId,
                label: `${member.displayName} — ${t(`organisations.roles.${member.role}`)}`,
              }))}
              markRequired={false}
            />
            <CheckboxField meta={transferFields.confirm} label={t("organisations.page.transferConfirm")} />
            <SubmitButton name="intent" value="transfer" tone="secondary">
              {t("organisations.page.transferSubmit")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}

      {organisation.access !== "coordinator" ? (
        <section aria-labelledby="leave-heading" className="panel panel--danger">
          <h2 id="leave-heading">{t("organisations.page.leaveHeading")}</h2>
          <p>{t("organisations.page.leaveLead")}</p>
          <Form method="post">
            <SubmitButton name="intent" value="leave" tone="danger">
              {t("organisations.page.leaveSubmit")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
