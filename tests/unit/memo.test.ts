import { afterEach, describe, expect, it, vi } from "vitest";
import { memoize } from "../../app/kernel/memo.server.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("memoize", () => {
  it("reads once while fresh and shares a pending read between callers", async () => {
    const load = vi.fn(async () => "taxonomy");
    const get = memoize(1_000, load);
    const [first, second] = await Promise.all([get(), get()]);
    expect([first, second, await get()]).toEqual(["taxonomy", "taxonomy", "taxonomy"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("reads again after the TTL and after invalidate()", async () => {
    vi.useFakeTimers();
    let version = 0;
    const get = memoize(1_000, async () => ++version);
    expect(await get()).toBe(1);
    vi.advanceTimersByTime(999);
    expect(await get()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await get()).toBe(2);
    get.invalidate();
    expect(await get()).toBe(3);
  });

  it("does not keep a failed read", async () => {
    let calls = 0;
    const get = memoize(60_000, async () => {
      calls += 1;
      if (calls === 1) throw new Error("database down");
      return "ok";
    });
    await expect(get()).rejects.toThrow("database down");
    expect(await get()).toBe("ok");
  });
});
