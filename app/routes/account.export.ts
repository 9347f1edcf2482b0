import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportAccountData } from "~/features/accounts/account.server.ts";
import { requestContext, requireUser } from "~/kernel/auth/guards.server.ts";
import { utcDate } from "~/kernel/japan-time.ts";

/** The signed-in person's data as a JSON download (APPI disclosure request, self-service). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const exported = await exportAccountData(user.id, requestContext(request, context));
  const day = utcDate(new Date());
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="shiojiri-hub-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
