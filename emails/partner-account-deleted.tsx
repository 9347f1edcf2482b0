import { EmailLayout, Note, Paragraph, UrlLine } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * To each coordinator who reviews a proposal or owns a match of a partner who deleted their account: the records
 * stay under the pseudonym, the contact details are gone. One line per record, each with its page's address.
 */
export type PartnerAccountDeletedProps = {
  displayName: string;
  records: { kind: "proposal" | "match"; number: number; title: string; url: string }[];
  /** Organisations archived because the partner was their last member. */
  archivedOrganisations: string[];
};

export function subject(language: EmailLanguage, _props: PartnerAccountDeletedProps): string {
  return subjectLine(language, templateT(language, "partner-account-deleted")("topic"));
}

export const previewProps: PartnerAccountDeletedProps = {
  displayName: "スナバ コーディネーター",
  records: [
    {
      kind: "proposal",
      number: 42,
      title: "奈良井宿の空き家を使ったワーケーション拠点",
      url: "https://hub.shiojiri.example/coordinate/proposals/42",
    },
    { kind: "match", number: 7, title: "奈良井宿の空き家活用", url: "https://hub.shiojiri.example/coordinate/matches/7" },
  ],
  archivedOrganisations: ["松本平ラボ株式会社"],
};

export default function PartnerAccountDeleted(props: PartnerAccountDeletedProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "partner-account-deleted");
  const topic = t("topic");
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview")} heading={topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{t("body", { name: templateT(language, "partner-account-deleted")("pseudonym") })}</Paragraph>
      {props.records.map((record) => (
        <div key={`${record.kind}-${record.number}`}>
          <Paragraph>{t(record.kind, { number: record.number, title: record.title })}</Paragraph>
          <UrlLine href={record.url} />
        </div>
      ))}
      {props.archivedOrganisations.length ? (
        <Paragraph>{t("archived", { names: props.archivedOrganisations.join(language === "ja" ? "、" : ", ") })}</Paragraph>
      ) : null}
      <Note>{t("contact")}</Note>
    </EmailLayout>
  );
}
