import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__image">
          {t("site.cityImage")} <span>{t("site.cityImageSub")}</span>
        </p>
        <p>{t("footer.plan")}</p>
        <p>
          <Link to="/about">{t("footer.about")}</Link> · <Link to="/areas">{t("areas.footerLink")}</Link> ·{" "}
          <Link to="/privacy">{t("footer.privacy")}</Link> · <Link to="/open-data">{t("openData.footerLink")}</Link> ·{" "}
          <Link to="/dashboard">{t("dashboard.footerLink")}</Link>
        </p>
        <p>{t("footer.copyright")}</p>
      </div>
    </footer>
  );
}
