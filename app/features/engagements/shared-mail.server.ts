// Many mails of one template that differ only in a few values (the daily job's reflection requests): the template is
// rendered once per language with recipient slots, and each message stores its own values in `variables` (the
// outbox fills them in when sending, see app/kernel/email/compose.server.ts).
import { emailTemplates, renderEmail, type EmailTemplateName } from "../../../emails/index.ts";
import { prisma } from "~/kernel/db.server.ts";
import { recipientSlot } from "~/kernel/email/compose.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";

export type SharedMail = {
  idempotencyKey: string;
  to: string;
  userId: string | null;
  language: Language;
  variables: Record<string, string>;
};

/** Writes the messages (a key already used writes nothing) and returns the ids of those written. */
export async function queueSharedMails(template: EmailTemplateName, mails: SharedMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const bodies = new Map<Language, { id: string; subject: string }>();
  for (const language of new Set(mails.map((mail) => mail.language))) {
    const names = Object.keys(mails.find((mail) => mail.language === language)!.variables);
    const props = Object.fromEntries(names.map((name) => [name, recipientSlot(name)]));
    const rendered = await renderEmail(template, language, props as never);
    const subject = (emailTemplates[template].subject as (language: Language, props: never) => string)(language, props as never);
    const body = await prisma.emailBody.create({ data: { ...rendered, subject }, select: { id: true } });
    bodies.set(language, { id: body.id, subject });
  }
  const written = await prisma.emailMessage.createManyAndReturn({
    data: mails.map((mail) => ({
      idempotencyKey: mail.idempotencyKey,
      template,
      language: mail.language,
      toAddress: mail.to,
      userId: mail.userId,
      subject: bodies.get(mail.language)!.subject,
      html: "",
      text: "",
      bodyId: bodies.get(mail.language)!.id,
      variables: mail.variables,
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  return written.map((row) => row.id);
}
