type Entry<T> = { value: Promise<T>; expiresAt: number };

/**
 * Keeps the result of a slow, rarely changing read (the plan's taxonomy) for `ttlMs` in this process.
 * Concurrent callers share one pending read; a failed read is not kept. Each server process has its own copy,
 * so an admin's edit shows everywhere within the TTL; the editing process can call `invalidate()` at once.
 */
export function memoize<T>(ttlMs: number, load: () => Promise<T>) {
  let entry: Entry<T> | undefined;
  const get = () => {
    const now = Date.now();
    if (!entry || entry.expiresAt <= now) {
      const value = load();
      entry = { value, expiresAt: now + ttlMs };
      value.catch(() => {
        if (entry?.value === value) entry = undefined;
      });
    }
    return entry.value;
  };
  return Object.assign(get, { invalidate: () => (entry = undefined) });
}
