import sanitizeHtml from "sanitize-html";

/**
 * Minutes are rich text (paragraphs, lists, emphasis, links). Anything else — scripts,
 * styles, event handlers, javascript: URLs — is removed. Applied when minutes are saved and
 * again when they are shown, so stored data can never inject script into a page.
 */
export function sanitizeMinutes(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u", "h3", "h4", "blockquote", "a"],
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["https", "http", "mailto"],
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }),
    },
  }).trim();
}
