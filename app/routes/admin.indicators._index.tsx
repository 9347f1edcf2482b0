import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { indicatorAdminAction, loadIndicatorAdmin } from "~/features/dashboard/indicator-admin-pages.server.ts";
import { FormAlert, Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadIndicatorAdmin(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => indicatorAdminAction(request, context);

export default function AdminIndicators() {
  const { indicators, language, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("adminIndicators.title")}</h1>
      <p className="lead">{t("adminIndicators.lead")}</p>
      <p>
        <Link to="/admin/indicators/new">{t("adminIndicators.add")}</Link>
      </p>
      {indicators.map((indicator) => {
        const answered = actionData?.indicator === indicator.key ? actionData : null;
        const typed = (name: string) => (answered?.intent !== "import" ? answered?.typed[name] : undefined);
        const id = (name: string) => `${indicator.key}-${name}`;
        return (
          <section key={indicator.key} id={`indicator-${indicator.key}`} aria-labelledby={id("heading")} className="panel indicator-admin">
            <h2 id={id("heading")}>
              {indicator.name}（{indicator.unit}）
            </h2>
            {saved === indicator.key ? <Notice tone="success">{t("adminIndicators.saved")}</Notice> : null}
            {indicator.retired ? <p className="muted">{t("adminIndicators.retiredBadge")}</p> : null}
            <p>
              <Link to={`/admin/indicators/${indicator.key}`}>
                {t("adminIndicators.edit")}
                <span className="visually-hidden">：{indicator.name}</span>
              </Link>
            </p>
            <p className="muted">
              {t("adminIndicators.target", { year: indicator.target.year, value: formatNumber(language, indicator.target.value) })}
              {indicator.baseline
                ? `・${t("adminIndicators.baseline", { year: indicator.baseline.year, value: formatNumber(language, indicator.baseline.value) })}`
                : null}
            </p>
            {indicator.values.length ? (
              <div className="table-scroll">
                <table className="data-table">
                  <caption>{t("adminIndicators.valuesCaption", { name: indicator.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("adminIndicators.year")}</th>
                      <th scope="col">{t("adminIndicators.value")}</th>
                      <th scope="col">{t("adminIndicators.note")}</th>
                      <th scope="col">{t("adminIndicators.sourceUrl")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {indicator.values.map((value) => (
                      <tr key={value.year}>
                        <td>{value.year}</td>
                        <td>{formatNumber(language, value.value)}</td>
                        <td>{value.note}</td>
                        <td>
                          {value.sourceUrl ? (
                            <a href={value.sourceUrl} rel="noreferrer">
                              {value.sourceUrl}
                            </a>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>{t("adminIndicators.noValues")}</p>
            )}
            <Form method="post" className="indicator-admin__form">
              <h3>{t("adminIndicators.enterHeading")}</h3>
              {answered && answered.intent !== "import" ? <FormAlert errors={answered.errors} /> : null}
              <input type="hidden" name="indicator" value={indicator.key} />
              <input type="hidden" name="version" value={indicator.version} />
              <div className="field">
                <label htmlFor={id("year")}>{t("adminIndicators.year")}</label>
                <p id={id("year-hint")} className="field-hint">
                  {t("adminIndicators.yearHint")}
                </p>
                <input
                  id={id("year")}
                  name="year"
                  inputMode="numeric"
                  required
                  defaultValue={typed("year")}
                  aria-describedby={id("year-hint")}
                />
              </div>
              <div className="field">
                <label htmlFor={id("value")}>
                  {t("adminIndicators.value")}（{indicator.unit}）
                </label>
                <input id={id("value")} name="value" inputMode="decimal" required defaultValue={typed("value")} />
              </div>
              <div className="field">
                <label htmlFor={id("note")}>{t("adminIndicators.note")}</label>
                <input id={id("note")} name="note" maxLength={500} defaultValue={typed("note")} />
              </div>
              <div className="field">
                <label htmlFor={id("sourceUrl")}>{t("adminIndicators.sourceUrl")}</label>
                <input id={id("sourceUrl")} name="sourceUrl" type="url" defaultValue={typed("sourceUrl")} />
              </div>
              <SubmitButton name="intent" value="value">
                {t("adminIndicators.save")}
              </SubmitButton>
            </Form>
            <Form method="post" className="indicator-admin__form">
              <h3>{t("adminIndicators.importHeading")}</h3>
              {answered?.intent === "import" ? <FormAlert errors={answered.errors} /> : null}
              <input type="hidden" name="indicator" value={indicator.key} />
              <input type="hidden" name="version" value={indicator.version} />
              <div className="field">
                <label htmlFor={id("csv")}>{t("adminIndicators.csv")}</label>
                <p id={id("csv-hint")} className="field-hint">
                  {t("adminIndicators.csvHint")}
                </p>
                <textarea
                  id={id("csv")}
                  name="csv"
                  rows={5}
                  required
                  defaultValue={answered?.intent === "import" ? answered.typed.csv : undefined}
                  aria-describedby={id("csv-hint")}
                />
              </div>
              <SubmitButton name="intent" value="import">
                {t("adminIndicators.import")}
              </SubmitButton>
            </Form>
          </section>
        );
      })}
    </>
  );
}
