// Pages fit a 390 px phone: no page of any type scrolls sideways, signed out or signed in as partner, coordinator
// or admin, and the header's sign-out button is whole on screen. At 1280 px every column of the dashboard's wide
// tables can be reached, inside a scroll container that shows it scrolls.
import { expect, test, type Page } from "@playwright/test";
import { cleanUpTour, contextFor, prepareTour, tourRoles } from "./page-tour.ts";

let tour: Awaited<ReturnType<typeof prepareTour>>;
test.beforeAll(async () => {
  tour = await prepareTour();
});
test.afterAll(cleanUpTour);

const phone = { width: 390, height: 844 };

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow <= 0) return null;
    // Name the widest elements, to say what is too wide.
    const insideScroller = (element: HTMLElement) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement)
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(parent).overflowX)) return true;
      return false;
    };
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !insideScroller(element))
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    return `${overflow}px too wide (${culprits.join(", ")})`;
  });
}

for (const role of tourRoles) {
  test(`every page a ${role} opens fits a 390 px phone without sideways scrolling`, async ({ browser }) => {
    test.slow();
    const context = await contextFor(browser, tour, role, { viewport: phone });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const address of tour.pages[role]) {
      await page.goto(address);
      const overflow = await horizontalOverflow(page);
      if (overflow) problems.push(`${address}: ${overflow}`);
    }
    if (role !== "visitor") {
      const signOut = page.getByRole("button", { name: "ログアウト" });
      const box = await signOut.boundingBox();
      expect(box, "the sign-out button is laid out").not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
      // Every main navigation link is on screen: the menu wraps instead of hiding links past the edge.
      for (const link of await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link").all()) {
        const linkBox = await link.boundingBox();
        expect(linkBox!.x + linkBox!.width, await link.innerText()).toBeLessThanOrEqual(phone.width);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
}

test("at 1280 px every column of the dashboard's tables can be reached, and a table that scrolls shows it", async ({ browser }) => {
  const context = await contextFor(browser, tour, "coordinator", { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto("/dashboard");
  expect(await horizontalOverflow(page)).toBeNull();
  const containers = page.locator("main .table-scroll");
  expect(await containers.count()).toBeGreaterThan(0);
  for (const container of await containers.all()) {
    const state = await container.evaluate((element) => {
      const scrolls = element.scrollWidth > element.clientWidth + 1;
      element.scrollLeft = element.scrollWidth;
      const right = element.getBoundingClientRect().right;
      const cells = [...element.querySelectorAll("tr:first-child > *")];
      const lastCell = cells[cells.length - 1]?.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        scrolls,
        lastCellReachable: !lastCell || lastCell.right <= right + 1,
        scrollable: ["auto", "scroll"].includes(style.overflowX),
        cue: style.backgroundImage.includes("gradient"),
      };
    });
    expect(state.lastCellReachable).toBe(true);
    if (state.scrolls) {
      expect(state.scrollable).toBe(true);
      expect(state.cue).toBe(true);
    }
  }
  await context.close();
});
