import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function ErrorPage({ title, body, detail }: { title: string; body: string; detail?: string }) {
  const { t } = useTranslation();
  return (
    <div className="container narrow error-page">
      <h1>{title}</h1>
      <p>{body}</p>
      {detail ? <p className="muted">{detail}</p> : null}
      <p>
        <Link to="/" className="button">
          {t("notFound.home")}
        </Link>
      </p>
    </div>
  );
}
