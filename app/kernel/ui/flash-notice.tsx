import { useTranslation } from "react-i18next";

/** The one-time message a redirect left behind ("signed out"), announced politely to screen readers. */
export function FlashNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="container">
      <p className="notice notice--success flash-notice" role="status">
        {/* A domain's own messages carry their full key ("review.flash.noteAdded"); the older ones live under flash. */}
        {t(message.includes(".") ? message : `flash.${message}`)}
      </p>
    </div>
  );
}
