import { describe, expect, it } from "vitest";
import { describeActivity, type DescribableActivity } from "../../app/features/following/activity-text.ts";

const initiative = { number: 7, titleJa: "奈良井宿の空き家再生", titleEn: "Reviving empty houses in Narai" };
const challenge = { number: 12, titleJa: "ぶどう農家の収穫データ", titleEn: null };

function activity(overrides: Partial<DescribableActivity>): DescribableActivity {
  return { kind: "INITIATIVE_STARTED", details: {}, challenge: null, initiative: null, update: null, ...overrides };
}

describe("describeActivity", () => {
  it("announces a newly published challenge, falling back to the Japanese title in English", () => {
    const published = activity({ kind: "CHALLENGE_PUBLISHED", challenge });
    expect(describeActivity(published, "ja")).toEqual({
      text: "新しい地域課題「ぶどう農家の収穫データ」の募集が始まりました",
      href: "/challenges/12",
    });
    expect(describeActivity(published, "en")).toEqual({ text: "New challenge open: “ぶどう農家の収穫データ”", href: "/challenges/12" });
  });

  it("names a challenge's new status in the reader's language", () => {
    const moved = activity({ kind: "CHALLENGE_STATUS_CHANGED", challenge, details: { from: "OPEN", to: "MATCHING" } });
    expect(describeActivity(moved, "ja").text).toBe("地域課題「ぶどう農家の収穫データ」が「マッチング中」になりました");
    expect(describeActivity(moved, "en").text).toBe("Challenge “ぶどう農家の収穫データ” is now matching");
  });

  it("links an update to its place on the initiative page and quotes its title", () => {
    const posted = activity({ kind: "INITIATIVE_UPDATE_POSTED", initiative, update: { id: "u-1", title: "第1回ワークショップ" } });
    expect(describeActivity(posted, "ja")).toEqual({
      text: "取り組み「奈良井宿の空き家再生」に活動報告「第1回ワークショップ」が投稿されました",
      href: "/initiatives/7#update-u-1",
    });
    expect(describeActivity(posted, "en")).toEqual({
      text: "New update on “Reviving empty houses in Narai”: “第1回ワークショップ”",
      href: "/initiatives/7#update-u-1",
    });
  });

  it("still describes an update whose row is gone, from the title kept in details, or without one", () => {
    expect(describeActivity(activity({ kind: "INITIATIVE_UPDATE_POSTED", initiative, details: { title: "報告" } }), "ja").text).toContain(
      "活動報告「報告」",
    );
    expect(describeActivity(activity({ kind: "INITIATIVE_UPDATE_POSTED", initiative }), "en")).toEqual({
      text: "New update on “Reviving empty houses in Narai”",
      href: "/initiatives/7",
    });
  });

  it("uses the milestone's and outcome's own language when details hold both", () => {
    const milestone = activity({
      kind: "MILESTONE_ACHIEVED",
      initiative,
      details: { milestoneId: "m", titleJa: "試行開始", titleEn: "Pilot begins" },
    });
    expect(describeActivity(milestone, "ja").text).toBe("取り組み「奈良井宿の空き家再生」のマイルストーン「試行開始」が達成されました");
    expect(describeActivity(milestone, "en").text).toBe("Milestone “Pilot begins” achieved in “Reviving empty houses in Narai”");
    const added = activity({ kind: "MILESTONE_ADDED", initiative, details: { titleJa: "報告会", titleEn: null } });
    expect(describeActivity(added, "en").text).toBe("Milestone “報告会” added to “Reviving empty houses in Narai”");
    const outcome = activity({ kind: "OUTCOME_RECORDED", initiative, details: { labelJa: "再生した空き家", labelEn: "Houses revived" } });
    expect(describeActivity(outcome, "ja").text).toBe("取り組み「奈良井宿の空き家再生」の成果「再生した空き家」が記録されました");
    expect(describeActivity(outcome, "en").text).toBe("Outcome recorded for “Reviving empty houses in Narai”: “Houses revived”");
  });

  it("describes an initiative's start and status moves", () => {
    expect(describeActivity(activity({ initiative }), "ja")).toEqual({
      text: "取り組み「奈良井宿の空き家再生」が始まりました",
      href: "/initiatives/7",
    });
    const paused = activity({ kind: "INITIATIVE_STATUS_CHANGED", initiative, details: { from: "ACTIVE", to: "PAUSED" } });
    expect(describeActivity(paused, "ja").text).toBe("取り組み「奈良井宿の空き家再生」が「休止中」になりました");
    expect(describeActivity(paused, "en").text).toBe("Initiative “Reviving empty houses in Narai” is now paused");
  });

  it("never breaks on details that are not an object", () => {
    const odd = activity({ kind: "MILESTONE_ADDED", initiative, details: ["not", "an", "object"] });
    expect(describeActivity(odd, "ja").text).toBe("取り組み「奈良井宿の空き家再生」にマイルストーン「（無題）」が追加されました");
  });
});
