// Markdown written by coordinators (and later partners) → HTML that is safe to put in a page: GitHub-flavoured
// Markdown parsed by remark, turned into HTML by rehype, then cut down to GitHub's allow-list by rehype-sanitize.
// Raw HTML in the source is never passed through; scripts, event handlers, styles and javascript: URLs go.
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Root, Element } from "hast";
import { getEnv } from "./env.server.ts";

/** Links to other sites open as plain links but tell the browser not to vouch for them. */
function markExternalLinks() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const href = child.properties?.href;
        // Protocol-relative "//other.example" leaves the site too.
        if (child.tagName === "a" && typeof href === "string" && /^(?:https?:)?\/\//i.test(href)) {
          child.properties = { ...child.properties, rel: ["nofollow", "noopener", "noreferrer"] };
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

// An uploaded picture's address (app/routes/images.$id.ts): nothing else is the hub's own image.
const ownImagePath = /^\/images\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isOwnImage(src: unknown): boolean {
  if (typeof src !== "string") return false;
  if (ownImagePath.test(src)) return true;
  const appOrigin = getEnv().APP_ORIGIN;
  if (!appOrigin || !/^https?:\/\//i.test(src)) return false;
  const url = URL.parse(src);
  return url !== null && url.origin === new URL(appOrigin).origin && ownImagePath.test(url.pathname) && !url.search && !url.hash;
}

/**
 * Only the hub's own pictures. An image from another site is a tracking pixel: the page's CSP blocks it, but feed
 * readers load what the Atom feed carries and would tell its author who read the update, and when. Such an image
 * becomes its alternative text.
 */
function keepOwnImagesOnly() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (let index = 0; index < node.children.length; index++) {
        const child = node.children[index]!;
        if (child.type !== "element") continue;
        if (child.tagName !== "img") {
          visit(child);
          continue;
        }
        if (isOwnImage(child.properties?.src)) continue;
        const alt = child.properties?.alt;
        if (typeof alt === "string" && alt) node.children[index] = { type: "text", value: alt };
        else node.children.splice(index--, 1);
      }
    };
    visit(tree);
  };
}

// Headings inside a body start at h3 (the page has its h1 and section h2s): "#" and "##" both become h3,
// deeper ones follow one level down, keeping the page outline correct.
function shiftHeadings() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const level = /^h([1-6])$/.exec(child.tagName)?.[1];
        if (level) child.tagName = `h${Math.min(6, Math.max(3, Number(level) + 1))}`;
        visit(child);
      }
    };
    visit(tree);
  };
}

const schema = {
  ...defaultSchema,
  // No user-chosen ids (they could collide with the page's own). Images: see keepOwnImagesOnly.
  clobberPrefix: "md-",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(keepOwnImagesOnly)
  .use(shiftHeadings)
  .use(markExternalLinks)
  .use(rehypeStringify)
  .freeze();

export const MARKDOWN_MAX_LENGTH = 50_000;

/** Sanitised HTML for Markdown source; longer input than any form allows is cut rather than parsed whole. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown.slice(0, MARKDOWN_MAX_LENGTH)));
}
