// zod's own messages are English ("Invalid input: expected string, received array" when a form sends a field
// twice). Every schema names its messages as translation keys; for any issue it gives no message of its own, this
// global setting answers with one too, so a refused form never shows English on a Japanese page. Imported for its
// effect by the form kit (browser) and the submission helpers (server).
import { z } from "zod";

z.config({
  customError: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "validation.required" : "validation.invalid"),
});
