import type { MetaFunction } from "@remix-run/node";
import { notFound } from "~/kernel/http.server.ts";

// Every unknown address lands here so the root error boundary renders the localised 404 page with status 404.
export const loader = () => notFound();

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex" }];

export default function UnknownPage() {
  return null;
}
