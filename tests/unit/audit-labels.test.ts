// The audit log is read by city staff and auditors: every action the hub records must have a name in both
// languages, or the page falls back to the raw key (as it did for the actions added with taxonomy admin).
import { describe, expect, it } from "vitest";
import { describeDetails } from "../../app/features/admin/audit-table.tsx";
import { auditActions, auditDetailKeys } from "../../app/kernel/audit/audit-actions.ts";
import { getI18nInstance } from "../../app/kernel/i18n/translator.server.ts";
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

// The Details column named what an entry carried by its raw keys ("challengeNumber: 12"); writeAudit accepts only
// the keys listed in auditDetailKeys, and each must have a name in both languages.
describe("audit detail names", () => {
  it.each(auditDetailKeys.map((key) => [key]))("%s has a Japanese and an English name", (key) => {
    const names = (resources: typeof ja) => (resources.admin.auditDetails as Record<string, string | undefined>)[key];
    expect(names(ja)).toEqual(expect.stringMatching(/\S/));
    expect(names(en as typeof ja)).toEqual(expect.stringMatching(/\S/));
  });

  it("the Details column reads in the reader's language, not in stored keys", () => {
    const details = { number: 12, from: "DRAFT", to: "OPEN", challengeNumber: 3 };
    expect(describeDetails(details, getI18nInstance("ja").t)).toBe("番号: 12、変更前: DRAFT、変更後: OPEN、地域課題番号: 3");
    expect(describeDetails(details, getI18nInstance("en").t)).toBe("Number: 12, From: DRAFT, To: OPEN, Challenge number: 3");
  });
});
