import type { ActionFunctionArgs } from "@remix-run/node";
import { languageAction, loadLanguageAddress } from "~/features/site/service-pages.server.ts";

/** The language switcher posts here; a plain form, so it works without JavaScript. */
export const action = ({ request }: ActionFunctionArgs) => languageAction(request);

export const loader = () => loadLanguageAddress();
