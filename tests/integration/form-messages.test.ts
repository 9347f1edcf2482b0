// A refused form speaks the visitor's language: every message a schema gives is one of our translation keys,
// never zod's English default ("Invalid input: expected string, received array"), also when a field is sent twice.
import { describe, expect, it } from "vitest";
import { forgotPasswordAction } from "../../app/features/accounts/account-pages.server.ts";
import { getI18nInstance } from "../../app/kernel/i18n/i18next.server.ts";

function post(values: [string, string][]) {
  return new Request("http://hub.test/forgot-password?lng=ja", {
    method: "POST",
    body: new URLSearchParams(values),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
}

type Refused = { data: { error?: Record<string, string[] | null> }; init: { status?: number } | null };

describe("messages of a refused form", () => {
  it("turn a field sent twice into a Japanese message, not zod's English default", async () => {
    const reply = (await forgotPasswordAction(
      post([
        ["email", "a@example.jp"],
        ["redirectTo", "/challenges"],
        ["redirectTo", "/initiatives"],
      ]),
      { clientIp: "10.9.9.10" },
    )) as unknown as Refused;
    expect(reply.init?.status).toBe(400);
    const messages = Object.values(reply.data.error ?? {}).flatMap((list) => list ?? []);
    expect(messages.length).toBeGreaterThan(0);
    const t = getI18nInstance("ja").getFixedT("ja");
    for (const message of messages) {
      const [key] = message.split("|");
      expect(key).toMatch(/^validation\./);
      const text = t(key!);
      expect(text).not.toBe(key);
      expect(text).not.toMatch(/Invalid|Expected|Required/);
    }
  });
});
