import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { supportedLanguages } from "~/kernel/i18n/config.ts";
import { languageCookie } from "~/kernel/i18n/i18next.server.ts";
import { setAccountLanguage } from "~/features/accounts/account.server.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";

const languageFormSchema = z.object({
  language: z.enum(supportedLanguages),
  returnTo: z.string().max(2048).optional(),
});

/** The language switcher posts here; a plain form, so it works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readFormData(request));
  const parsed = languageFormSchema.safeParse(form);
  if (!parsed.success) {
    return new Response("Unsupported language", { status: 400 });
  }
  const user = await getUser(request);
  if (user) await setAccountLanguage(user.id, parsed.data.language);
  const target = new URL(safeRedirectPath(parsed.data.returnTo), "http://localhost");
  // A ?lng= in the address would outrank the cookie the visitor just chose.
  target.searchParams.delete("lng");
  return redirect(target.pathname + target.search, {
    headers: { "Set-Cookie": await languageCookie.serialize(parsed.data.language) },
  });
}

export async function loader() {
  return redirect("/");
}
