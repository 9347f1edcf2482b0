import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";

/** Signing out is a POST from the header's button: a link could be triggered by another site's image tag. */
export async function action({ request }: ActionFunctionArgs) {
  const headers = await endSession(request);
  headers.append("Set-Cookie", await flashHeader("signedOut"));
  return redirect("/", { headers });
}

export async function loader() {
  return redirect("/");
}
