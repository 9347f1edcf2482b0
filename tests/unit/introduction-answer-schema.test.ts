// The introduction's answer form as matching exports it (decision 0019): accept needs nothing more; a decline needs a
// reason code, and "too busy" needs the date until which the partner is busy.
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import {
  introductionAnswerSchema,
  introductionAnswers,
  introductionDeclineReasons,
  type IntroductionAnswerName,
  type IntroductionDeclineReasonName,
} from "~/features/matching/index.ts";

function parse(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return parseWithZod(formData, { schema: introductionAnswerSchema });
}

/** The messages of a refused form, field by field. */
function errorsOf(fields: Record<string, string>) {
  const submission = parse(fields);
  return submission.status === "success" ? null : submission.reply().error;
}

describe("the introduction answer schema", () => {
  it("names the answers and the reason codes", () => {
    const answers: readonly IntroductionAnswerName[] = introductionAnswers;
    const reasons: readonly IntroductionDeclineReasonName[] = introductionDeclineReasons;
    expect(answers).toEqual(["ACCEPTED", "DECLINED"]);
    expect(reasons).toEqual(["TOO_BUSY", "SKILLS_MISMATCH", "LOCATION", "TERMS", "OTHER"]);
  });

  it("takes an acceptance alone", () => {
    const submission = parse({ answer: "ACCEPTED", reason: "", busyUntil: "" });
    expect(submission.status).toBe("success");
  });

  it("asks a decline for its reason, and a busy partner for the date", () => {
    expect(errorsOf({ answer: "DECLINED" })).toEqual({ reason: ["matching.answer.validation.reasonRequired"] });
    expect(errorsOf({ answer: "DECLINED", reason: "TOO_BUSY", busyUntil: "" })).toEqual({
      busyUntil: ["matching.answer.validation.busyUntilRequired"],
    });
    expect(errorsOf({ answer: "DECLINED", reason: "TOO_BUSY", busyUntil: "31/03/2027" })).toEqual({
      busyUntil: ["matching.answer.validation.date"],
    });
    const busy = parse({ answer: "DECLINED", reason: "TOO_BUSY", busyUntil: "2027-03-31", note: "  春以降なら  " });
    expect(busy.status === "success" && busy.value).toMatchObject({ reason: "TOO_BUSY", busyUntil: "2027-03-31", note: "春以降なら" });
  });

  it("refuses a reason code it does not know", () => {
    expect(errorsOf({ answer: "DECLINED", reason: "BORED" })).toEqual({ reason: ["validation.invalidChoice"] });
  });
});
