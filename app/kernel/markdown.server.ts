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
  // No user-chosen ids (they could collide with the page's own); images only from this site or https.
  clobberPrefix: "md-",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["https"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(shiftHeadings)
  .use(markExternalLinks)
  .use(rehypeStringify)
  .freeze();

export const MARKDOWN_MAX_LENGTH = 50_000;

/** Sanitised HTML for Markdown source; longer input than any form allows is cut rather than parsed whole. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown.slice(0, MARKDOWN_MAX_LENGTH)));
}
