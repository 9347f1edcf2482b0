import { Link, Section, Text } from "@react-email/components";
import { EmailLayout, Note, Paragraph, UrlLine } from "./components/layout.tsx";
import { greeting, subjectLine, templateT, type EmailLanguage } from "./strings.ts";

/**
 * The daily or weekly summary for followers who chose a digest: every notification since the last one, grouped by
 * what it is about (an initiative, a challenge), each with its link. One per user and period.
 */
export type NotificationDigestProps = {
  displayName: string;
  frequency: "DAILY" | "WEEKLY";
  /** The day (2026-11-24) or ISO week (2026-W48) in Japan the digest covers. */
  periodKey: string;
  groups: Array<{ title: string; url: string; items: Array<{ summary: string; url: string; date: string }> }>;
  settingsUrl: string;
  unsubscribeUrl: string;
};

function count(props: NotificationDigestProps): number {
  return props.groups.reduce((sum, group) => sum + group.items.length, 0);
}

function topicOf(language: EmailLanguage, props: NotificationDigestProps): string {
  return templateT(language, "notification-digest")(props.frequency === "DAILY" ? "topicDaily" : "topicWeekly", { total: count(props) });
}

export function subject(language: EmailLanguage, props: NotificationDigestProps): string {
  return subjectLine(language, topicOf(language, props));
}

export const previewProps: NotificationDigestProps = {
  displayName: "山田 花子",
  frequency: "DAILY",
  periodKey: "2026-11-24",
  groups: [
    {
      title: "取り組み「奈良井宿ワーケーション拠点」",
      url: "https://hub.shiojiri.example/initiatives/3",
      items: [
        {
          summary: "活動報告「冬季の試験運用を始めました」が投稿されました。",
          url: "https://hub.shiojiri.example/initiatives/3",
          date: "2026年11月24日",
        },
        {
          summary: "状況が「進行中」から「休止中」に変わりました。",
          url: "https://hub.shiojiri.example/initiatives/3",
          date: "2026年11月24日",
        },
      ],
    },
    {
      title: "課題「木曽漆器の後継者づくり」",
      url: "https://hub.shiojiri.example/challenges/12",
      items: [{ summary: "新しい課題が公開されました。", url: "https://hub.shiojiri.example/challenges/12", date: "2026年11月23日" }],
    },
  ],
  settingsUrl: "https://hub.shiojiri.example/account",
  unsubscribeUrl: "https://hub.shiojiri.example/unsubscribe/eyJ1IjoiZXhhbXBsZSJ9.c2lnbmF0dXJl",
};

const groupTitle = { margin: "20px 0 4px", fontSize: "17px", fontWeight: 700, lineHeight: "1.5" } as const;
const itemText = { margin: "4px 0 4px 12px", fontSize: "15px", lineHeight: "1.7" } as const;
const linkStyle = { color: "#1d5a3c", textDecoration: "underline" } as const;

export default function NotificationDigest(props: NotificationDigestProps & { language: EmailLanguage }) {
  const { language } = props;
  const t = templateT(language, "notification-digest");
  const topic = topicOf(language, props);
  const lead = t(props.frequency === "DAILY" ? "leadDaily" : "leadWeekly", { count: count(props) });
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={lead} heading={topic}>
      <Paragraph>{greeting(language, props.displayName)}</Paragraph>
      <Paragraph>{lead}</Paragraph>
      {props.groups.map((group) => (
        <Section key={group.url + group.title}>
          <Text style={groupTitle}>
            <Link href={group.url} style={linkStyle}>
              {group.title}
            </Link>
          </Text>
          {group.items.map((item, index) => (
            <Text key={index} style={itemText}>
              {`${item.date} — `}
              <Link href={item.url} style={linkStyle}>
                {item.summary}
              </Link>
            </Text>
          ))}
        </Section>
      ))}
      <Note>{t("settings")}</Note>
      <UrlLine href={props.settingsUrl} />
      <Note>{t("unsubscribe")}</Note>
      <UrlLine href={props.unsubscribeUrl} />
    </EmailLayout>
  );
}
