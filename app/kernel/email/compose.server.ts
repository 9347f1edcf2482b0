// Messages with a shared body (a notification to thousands of followers) store the body once and their own
// values in `variables`; this fills them in. The send path and the admin pages both go through composeEmail, so
// what an admin reads is what was sent.
import type { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/kernel/db.server.ts";

export type ComposedEmail = { subject: string; html: string; text: string };
export type SharedBody = ComposedEmail;

export type ComposableMessage = ComposedEmail & {
  bodyId?: string | null;
  variables?: Prisma.JsonValue;
  /** The shared body when bodyId is set (loaded by the caller, see loadBodies). */
  body?: SharedBody | null;
};

/** Written into a shared body where a recipient's own value goes: `{{unsubscribeUrl}}`. */
export function recipientSlot(name: string): string {
  return `{{${name}}}`;
}

const recipientSlotPattern = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function fill(template: string, variables: Record<string, string>, escape: (value: string) => string): string {
  // A slot without a value stays visible rather than silently vanishing: a bug shows in the mail.
  return template.replace(recipientSlotPattern, (whole, name: string) =>
    Object.hasOwn(variables, name) ? escape(variables[name]!) : whole,
  );
}

function stringVariables(value: Prisma.JsonValue | undefined): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export function composeEmail(message: ComposableMessage): ComposedEmail {
  if (!message.bodyId) return { subject: message.subject, html: message.html, text: message.text };
  if (!message.body) throw new Error(`composeEmail: the shared body ${message.bodyId} was not loaded`);
  const variables = stringVariables(message.variables);
  return {
    subject: fill(message.body.subject, variables, (value) => value),
    html: fill(message.body.html, variables, escapeHtml),
    text: fill(message.body.text, variables, (value) => value),
  };
}

/** The shared bodies of these messages in one query, keyed by id. */
export async function loadBodies(messages: ReadonlyArray<{ bodyId?: string | null }>): Promise<Map<string, SharedBody>> {
  const ids = [...new Set(messages.map((message) => message.bodyId).filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const bodies = await prisma.emailBody.findMany({
    where: { id: { in: ids } },
    select: { id: true, subject: true, html: true, text: true },
  });
  return new Map(bodies.map((body) => [body.id, { subject: body.subject, html: body.html, text: body.text }]));
}

/** RFC 2369 + RFC 8058: mail apps show an unsubscribe button that POSTs to the URL without opening a page. */
export function listUnsubscribeHeaders(url: string | null | undefined): Record<string, string> | undefined {
  if (!url) return undefined;
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
