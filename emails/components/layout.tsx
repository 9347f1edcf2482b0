import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { translator } from "~/kernel/i18n/translator.server.ts";
import type { Translate } from "~/kernel/i18n/translator.server.ts";
import { greeting, subjectLine, type EmailLanguage } from "../strings.ts";

// Mail clients ignore stylesheets, so every style is inline. Colours are the site's: city green #1d5a3c with
// white text (8.0:1) and ink on white (15:1); the muted grey still meets WCAG AA on the tinted footer (6.9:1).
const green = "#1d5a3c";
const ink = "#1b2420";
const muted = "#4a5750";
const tint = "#f4f6f1";
const fontFamily =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "BIZ UDPGothic", "Noto Sans JP", Meiryo, system-ui, -apple-system, "Segoe UI", Arial, sans-serif';

const styles = {
  body: { margin: 0, padding: "24px 0", backgroundColor: tint, fontFamily, color: ink },
  container: { maxWidth: "560px", margin: "0 auto", backgroundColor: "#ffffff", border: "1px solid #d5dcd3", borderRadius: "8px" },
  header: { backgroundColor: green, borderRadius: "8px 8px 0 0", padding: "16px 24px" },
  brand: { margin: 0, color: "#ffffff", fontSize: "18px", fontWeight: 700, lineHeight: "1.4" },
  operator: { margin: 0, color: "#ffffff", fontSize: "13px", lineHeight: "1.4" },
  content: { padding: "8px 24px 16px" },
  heading: { margin: "16px 0 8px", fontSize: "22px", lineHeight: "1.4", color: ink },
  paragraph: { margin: "12px 0", fontSize: "16px", lineHeight: "1.8", color: ink },
  button: {
    display: "inline-block",
    backgroundColor: green,
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 700,
    lineHeight: "1.4",
    textDecoration: "none",
    padding: "12px 24px",
    borderRadius: "6px",
  },
  buttonRow: { margin: "20px 0" },
  fallback: { margin: "12px 0 4px", fontSize: "14px", lineHeight: "1.7", color: muted },
  fallbackLink: { fontSize: "14px", lineHeight: "1.7", color: green, wordBreak: "break-all" },
  code: {
    display: "inline-block",
    margin: "4px 0 12px",
    padding: "8px 16px",
    fontFamily: '"SFMono-Regular", Consolas, "Liberation Mono", Menlo, monospace',
    fontSize: "28px",
    fontWeight: 700,
    letterSpacing: "6px",
    color: ink,
    backgroundColor: tint,
    border: "1px solid #d5dcd3",
    borderRadius: "6px",
  },
  note: { margin: "12px 0", fontSize: "14px", lineHeight: "1.7", color: muted },
  rule: { borderColor: "#d5dcd3", margin: "0" },
  footer: { padding: "12px 24px 16px", backgroundColor: tint, borderRadius: "0 0 8px 8px" },
  footerText: { margin: "4px 0", fontSize: "13px", lineHeight: "1.7", color: muted },
} satisfies Record<string, CSSProperties>;

type LayoutProps = {
  language: EmailLanguage;
  /** The subject, repeated as the document title for screen readers that announce it. */
  title: string;
  /** The line mail apps show next to the subject in the inbox list. */
  preview: string;
  heading: string;
  children: ReactNode;
};

export function EmailLayout({ language, title, preview, heading, children }: LayoutProps) {
  const t = translator(language);
  return (
    <Html lang={language} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <title>{title}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Text style={styles.brand}>{t("site.name")}</Text>
            <Text style={styles.operator}>{t("site.operator")}</Text>
          </Section>
          <Section style={styles.content}>
            <Heading as="h1" style={styles.heading}>
              {heading}
            </Heading>
            {children}
          </Section>
          <Hr style={styles.rule} />
          <Section style={styles.footer}>
            <Text style={styles.footerText}>{t("emails.layout.footerSender")}</Text>
            <Text style={styles.footerText}>{t("emails.layout.footerNoReply")}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

/** Secondary information (time limits, "if this wasn't you") in a quieter size. */
export function Note({ children }: { children: ReactNode }) {
  return <Text style={styles.note}>{children}</Text>;
}

/**
 * The call to action, followed by the same address as plain text: some mail apps strip buttons, and people
 * who read mail through a screen reader or a text-only client still get a working link.
 */
export function ActionButton({ language, href, label }: { language: EmailLanguage; href: string; label: string }) {
  return (
    <>
      <Section style={styles.buttonRow}>
        <Button href={href} style={styles.button}>
          {label}
        </Button>
      </Section>
      <Text style={styles.fallback} data-skip-in-text="true">
        {translator(language)("emails.layout.linkFallback")}
      </Text>
      <Text style={styles.fallback} data-skip-in-text="true">
        <Link href={href} style={styles.fallbackLink}>
          {href}
        </Link>
      </Text>
    </>
  );
}

/** A one-time code, large and spaced so it can be read off a phone and typed on another device. */
export function CodeBlock({ code }: { code: string }) {
  return <Text style={styles.code}>{code}</Text>;
}

/** A secondary link written out in full on its own line, so it survives the plain-text part intact. */
export function UrlLine({ href }: { href: string }) {
  return (
    <Text style={styles.fallback}>
      <Link href={href} style={styles.fallbackLink}>
        {href}
      </Link>
    </Text>
  );
}

/** A mail to one person about their own account: the template's topic as its title and heading, then the greeting. */
export function AccountMail({
  language,
  t,
  displayName,
  children,
}: {
  language: EmailLanguage;
  t: Translate;
  displayName: string;
  children: ReactNode;
}) {
  const topic = t("topic");
  return (
    <EmailLayout language={language} title={subjectLine(language, topic)} preview={t("preview")} heading={topic}>
      <Paragraph>{greeting(language, displayName)}</Paragraph>
      {children}
    </EmailLayout>
  );
}
