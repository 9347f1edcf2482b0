/** Thrown from loaders; the root error boundary renders the localised 404 page. */
export function notFound(): never {
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}
