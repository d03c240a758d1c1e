import sanitizeHtml from "sanitize-html";
import { markupToHtml } from "./minutes-markup";

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

/** The editor's text (see minutes-markup.ts) → sanitised HTML for `meetings.minutes` ("" for no text). */
export function minutesMarkupToHtml(markup: string): string {
  return sanitizeMinutes(markupToHtml(markup));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Stored minutes (HTML) → the editor's text, so that minutes written before (or imported) can
 * be edited the same way. Reads the sanitised subset: paragraphs and headings become blocks
 * separated by a blank line, list items "- " / "1. " (nested lists join their outer list),
 * strong/b → **…**, em/i → _…_, links → their address (or "text (address)"); underline is dropped.
 */
export function minutesHtmlToMarkup(html: string | null | undefined): string {
  if (!html) return "";
  const tokens = sanitizeMinutes(html)
    .split(/(<[^>]+>)/)
    .filter(Boolean);
  type Block = { kind: "text"; text: string } | { kind: "list"; tag: "ul" | "ol"; items: string[] };
  const blocks: Block[] = [];
  const lists: { tag: "ul" | "ol"; items: string[] }[] = [];
  let buffer = "";
  let inItem = false;
  let link: { href: string; text: string } | null = null;

  const tidy = (text: string) =>
    text
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim())
      .join("\n")
      .trim();
  const endText = () => {
    const text = tidy(buffer);
    buffer = "";
    if (!text) return;
    const list = lists[0];
    if (list) list.items.push(text.replace(/\n/g, " "));
    else blocks.push({ kind: "text", text });
  };
  const write = (text: string) => {
    if (link) link.text += text;
    else buffer += text;
  };

  for (const token of tokens) {
    const tag = /^<(\/)?([a-z0-9]+)([^>]*)>$/i.exec(token);
    if (!tag) {
      // Text between a list's items is only layout whitespace.
      if (lists.length && !inItem) continue;
      write(decodeEntities(token).replace(/\s+/g, " "));
      continue;
    }
    const closing = !!tag[1];
    const name = tag[2]!.toLowerCase();
    if (name === "p" || name === "h3" || name === "h4" || name === "blockquote") endText();
    else if (name === "br") write("\n");
    else if (name === "ul" || name === "ol") {
      endText();
      inItem = false;
      if (!closing) lists.push({ tag: lists[0]?.tag ?? name, items: [] });
      else {
        const done = lists.pop();
        if (done && lists.length) lists[lists.length - 1]!.items.push(...done.items);
        else if (done?.items.length) blocks.push({ kind: "list", tag: done.tag, items: done.items });
      }
    } else if (name === "li") {
      endText();
      inItem = !closing;
    } else if (name === "strong" || name === "b") write("**");
    else if (name === "em" || name === "i") write("_");
    else if (name === "a") {
      if (!closing) {
        const href = /href="([^"]*)"/i.exec(tag[3] ?? "")?.[1];
        link = { href: href ? decodeEntities(href) : "", text: "" };
      } else if (link) {
        const { href, text } = link;
        link = null;
        const label = text.trim();
        write(!href ? label : !label || label === href ? href : `${label} (${href})`);
      }
    }
  }
  endText();
  return blocks
    .map((block) =>
      block.kind === "text"
        ? block.text
        : block.items.map((item, i) => `${block.tag === "ol" ? `${i + 1}.` : "-"} ${item}`).join("\n"),
    )
    .join("\n\n");
}
