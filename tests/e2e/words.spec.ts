// Every text a person sees is words, in their language: no raw translation keys (`adminEmails.templates.x`),
// no audit-log keys (`challenge.created`), no source paths (`app/…`, `*.server.ts`, `*.tsx`), and no English
// validation defaults of zod on a Japanese page. Walks one page of every type as each kind of visitor, in ja and en.
import { expect, test } from "@playwright/test";
import { auditActions } from "../../app/kernel/audit/audit-actions.ts";
import { cleanUpTour, contextFor, prepareTour, tourRoles } from "./page-tour.ts";

const rawKey = /\b[a-z][a-zA-Z]*(\.[a-zA-Z][a-zA-Z_-]*){2,}\b/;
const sourcePath = /\bapp\/|\.server\.ts\b|\.tsx\b/;
const zodEnglish = /Invalid input|Expected |Required|Too small|Too big/;

let tour: Awaited<ReturnType<typeof prepareTour>>;
test.beforeAll(async () => {
  tour = await prepareTour();
});
test.afterAll(cleanUpTour);

function problemsIn(text: string, language: "ja" | "en") {
  const problems: string[] = [];
  for (const line of text.split("\n")) {
    // E-mail addresses and domain names have dots too.
    const withoutAddresses = line.replace(/[\w.+-]+@[\w.-]+/g, "").replace(/\b[\w-]+(\.[\w-]+)*\.(example|jp|com|org|net)\b/g, "");
    if (rawKey.test(withoutAddresses)) problems.push(`raw key: ${line.trim()}`);
    if (sourcePath.test(withoutAddresses)) problems.push(`source path: ${line.trim()}`);
    if (language === "ja" && zodEnglish.test(line)) problems.push(`English validation message: ${line.trim()}`);
    for (const action of auditActions)
      if (new RegExp(`(^|[^\\w.])${action.replace(".", "\\.")}($|[^\\w.])`).test(line)) problems.push(`audit key: ${line.trim()}`);
  }
  return problems;
}

for (const role of tourRoles) {
  for (const language of ["ja", "en"] as const) {
    test(`every page a ${role} sees in ${language} reads as words, not keys or source paths`, async ({ browser }) => {
      test.slow();
      const context = await contextFor(browser, tour, role);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const address of tour.pages[role]) {
        const url = `${address}${address.includes("?") ? "&" : "?"}lng=${language}`;
        const response = await page.goto(url);
        expect(response?.status(), url).toBeLessThan(400);
        const text = await page.locator("body").innerText();
        // The e-mail preview shows the mail in a frame: read it too.
        const frames = await Promise.all(
          page
            .frames()
            .filter((frame) => frame !== page.mainFrame())
            .map((frame) =>
              frame
                .locator("body")
                .innerText()
                .catch(() => ""),
            ),
        );
        for (const problem of problemsIn([text, ...frames].join("\n"), language)) problems.push(`${address}: ${problem}`);
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
}

test("a partner's agreed match says what happened, not what would happen with their consent", async ({ browser }) => {
  const context = await contextFor(browser, tour, "partner");
  const page = await context.newPage();
  await page.goto(`${tour.agreedMatch}?lng=ja`);
  await expect(page.getByRole("main")).toContainText("合意しました");
  await expect(page.getByRole("main")).not.toContainText("同意いただければ");
  await page.goto(`${tour.agreedMatch}?lng=en`);
  await expect(page.getByRole("main")).toContainText("have agreed to work together");
  await expect(page.getByRole("main")).not.toContainText("With your consent");
  await context.close();
});
