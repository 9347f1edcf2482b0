import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadDevTwoFactorCodes } from "~/features/accounts/security-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadDevTwoFactorCodes(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function DevTwoFactorCodes() {
  const { accounts, secondsLeft, secret } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page">
      <h1>{t("twoFactor.devTitle")}</h1>
      <p className="lead">{t("twoFactor.devLead")}</p>
      {accounts.length === 0 ? (
        <p>{t("twoFactor.devEmpty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("twoFactor.devTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("twoFactor.devAccount")}</th>
                <th scope="col">{t("twoFactor.devCode")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.email}>
                  <td>{account.email}</td>
                  <td>
                    <code>{account.code}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {t("twoFactor.devSecondsLeft", { seconds: secondsLeft })} <Link to=".">{t("mailbox.refresh")}</Link>
      </p>
      <p>
        {t("twoFactor.devSecret")} <code>{secret}</code>
      </p>
    </div>
  );
}
