// The minutes editor's markup: plain text with a few conventions, so that coordinators write
// minutes without knowing HTML. What they type is text, never HTML: "<script>" is escaped and
// shows as those characters. The result is sanitised as well, like any stored minutes.
//
//   a blank line          starts a new paragraph (a single line break stays a line break)
//   "- " or "* "          at the start of a line: an item of a bulleted list
//   "1. ", "2. " …        at the start of a line: an item of a numbered list
//   **text**              bold
//   _text_                italics
//   https://…             a link (opens in a new tab)

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
const URL = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'»]/g;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One line of text in HTML: escaped, then links, bold and italics. */
function inline(text: string): string {
  const escaped = escapeHtml(text);
  // Links first, on the escaped text; the URL's own characters are kept out of the emphasis rules.
  const links: string[] = [];
  const withLinks = escaped.replace(URL, (url) => {
    links.push(`<a href="${url}">${url}</a>`);
    return `\u0000${links.length - 1}\u0000`;
  });
  const emphasised = withLinks
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1<em>$2</em>");
  return emphasised.replace(/\u0000(\d+)\u0000/g, (_, i: string) => links[Number(i)] ?? "");
}

/**
 * The editor's text → HTML. Safe by construction (the text is escaped; the only tags are the
 * ones written here, and links are http(s) addresses), so the browser uses it for the live
 * preview; what is stored goes through minutesMarkupToHtml, which sanitises it as well.
 */
export function markupToHtml(markup: string): string {
  const lines = markup.replace(/\r\n?/g, "\n").split("\n");
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: "ul" | "ol"; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push(`<p>${paragraph.map(inline).join("<br />")}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list)
      blocks.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join("")}</${list.tag}>`);
    list = null;
  };

  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === "") {
      flushParagraph();
      flushList();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const tag = bullet ? "ul" : "ol";
      flushParagraph();
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(item[1]!.trim());
      continue;
    }
    if (list) {
      // An indented line continues the list item above it; otherwise the list ends.
      if (/^\s+\S/.test(raw) && list.items.length) {
        list.items[list.items.length - 1] += ` ${line.trim()}`;
        continue;
      }
      flushList();
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks.join("");
}
