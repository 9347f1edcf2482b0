// /partner-contact/confirm: the link mailed to a partner's contact address (decision 0017). Opening it shows a
// button only, so mail scanners that fetch every link confirm nothing; pressing it confirms. No sign-in is needed:
// the signed link proves the mail arrived, and the person at the contact address may have no account.
import { data, redirect } from "@remix-run/node";
import { clientIp } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { confirmContactEmail, peekContactEmailToken } from "./contact-email.server.ts";

export async function loadContactEmailConfirmPage(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return {
    token,
    pending: token ? await peekContactEmailToken(token) : null,
    meta: await translatedMeta(request, { title: "partners.contactEmail.confirmTitle" }, { noindex: true }),
  };
}

export async function contactEmailConfirmAction(request: Request, context: unknown) {
  const token = (await readFormData(request)).get("token");
  const confirmed = typeof token === "string" && (await confirmContactEmail(token, { ip: clientIp(context) }));
  if (!confirmed) return data({ refused: true }, { status: 400 });
  return redirect("/", { headers: { "Set-Cookie": await flashHeader("partners.flash.contactEmailVerified") } });
}
