/** Liveness: the process answers. No database, no rendering; also the bare baseline for load tests. */
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
