import type { ActionFunctionArgs } from "@remix-run/node";
import { loadSignOutAddress, signOutAction } from "~/features/accounts/sign-in-pages.server.ts";

export const action = ({ request }: ActionFunctionArgs) => signOutAction(request);

export const loader = () => loadSignOutAddress();
