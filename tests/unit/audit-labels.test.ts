// The audit log is read by city staff and auditors: every action the hub records must have a name in both
// languages, or the page falls back to the raw key (as it did for the actions added with taxonomy admin).
import { describe, expect, it } from "vitest";
import { auditActions } from "../../app/kernel/audit/audit-actions.ts";
import en from "../../app/locales/en.ts";
import ja from "../../app/locales/ja.ts";

function label(resources: typeof ja, action: string): unknown {
  const [group, name] = action.split(".");
  const groups = resources.admin.auditActions as Record<string, Record<string, string> | undefined>;
  return groups[group ?? ""]?.[name ?? ""];
}

describe("audit action names", () => {
  it.each(auditActions.map((action) => [action]))("%s has a Japanese and an English name", (action) => {
    expect(label(ja, action)).toEqual(expect.stringMatching(/\S/));
    expect(label(en as typeof ja, action)).toEqual(expect.stringMatching(/\S/));
  });
});
