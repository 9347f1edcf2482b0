// English counterpart of ja/errors.ts.
import type jaErrors from "../ja/errors.ts";
import type { Shape } from "../shape.ts";

export const siteName = "Shiojiri Co-creation Hub";

const errors: Shape<typeof jaErrors> = {
  forbidden: {
    title: "You do not have permission to see this page",
    body: "This page is only for accounts with a role that allows it (such as coordinator or administrator). Ask an administrator if you need access.",
  },
  notFound: {
    title: "Page not found",
    body: "The page you are looking for may have moved or been removed, or the address may be wrong.",
    home: "Back to the home page",
  },
  error: {
    title: "Something went wrong",
    body: "We could not show this page. Please try again in a moment.",
    status: "Status {{status}}",
  },
  unavailable: {
    title: "The hub is briefly unavailable",
    body: "The system is not answering for a moment. Please try again in a few seconds. To see whether what you sent was saved, reload the page.",
    retry: "Try again",
  },
};

export default errors;
