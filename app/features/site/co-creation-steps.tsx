import { useTranslation } from "react-i18next";

const stepKeys = ["post", "propose", "match", "initiative", "follow"] as const;

/** post → propose → match → initiative → follow, the pipeline the hub makes visible. */
export function CoCreationSteps() {
  const { t } = useTranslation();
  return (
    <ol className="steps">
      {stepKeys.map((key) => (
        <li key={key} className="steps__item">
          <h3 className="steps__title">{t(`about.steps.${key}.title`)}</h3>
          <p>{t(`about.steps.${key}.body`)}</p>
        </li>
      ))}
    </ol>
  );
}
