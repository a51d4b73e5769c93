/**
 * An Atom document (RFC 4287) as text. Every value is escaped here, once: text constructs and
 * attributes get XML escaping; `contentHtml` is an HTML fragment the caller built from escaped
 * text (escapeHtml), sent as `type="html"`, so it is escaped a second time as XML and a reader
 * that unescapes it gets the HTML back with the record's own text still inert. Characters XML 1.0
 * forbids (control characters, unpaired surrogates, U+FFFE/U+FFFF) are dropped, so a record
 * holding one cannot make the feed ill-formed.
 */

export type AtomLink = { href: string; rel: "self" | "alternate" | "related"; type?: string; hreflang?: string; title?: string };
export type AtomPerson = { name: string; uri?: string };
export type AtomCategory = { term: string; label?: string };

export type AtomEntry = {
  /** A permanent IRI, e.g. a tag: URI (RFC 4151). */
  id: string;
  title: string;
  /** RFC 3339 date-times. */
  updated: string;
  published?: string;
  links: AtomLink[];
  authors?: AtomPerson[];
  categories?: AtomCategory[];
  contentHtml: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** xml:lang of the feed (BCP 47). */
  lang: string;
  links: AtomLink[];
  author: AtomPerson;
  generator?: string;
  entries: AtomEntry[];
};

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const HTML_ESCAPES: Readonly<Record<string, string>> = { ...XML_ESCAPES, "'": "&#39;" };

/** Text for XML element content or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (char) => XML_ESCAPES[char]);
}

/** Text for an HTML fragment (the entry content before it is escaped again as XML). */
export function escapeHtml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

function element(name: string, text: string, attributes = ""): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

function link(value: AtomLink): string {
  return `<link${attributes({ rel: value.rel, type: value.type, hreflang: value.hreflang, title: value.title, href: value.href })}/>`;
}

function person(tag: "author", value: AtomPerson): string {
  return `<${tag}>${element("name", value.name)}${value.uri ? element("uri", value.uri) : ""}</${tag}>`;
}

function entry(value: AtomEntry): string {
  return [
    "  <entry>",
    `    ${element("id", value.id)}`,
    `    ${element("title", value.title, ' type="text"')}`,
    `    ${element("updated", value.updated)}`,
    ...(value.published ? [`    ${element("published", value.published)}`] : []),
    ...value.links.map((item) => `    ${link(item)}`),
    ...(value.authors ?? []).map((item) => `    ${person("author", item)}`),
    ...(value.categories ?? []).map((item) => `    <category${attributes({ term: item.term, label: item.label })}/>`),
    `    ${element("content", value.contentHtml, ' type="html"')}`,
    "  </entry>",
  ].join("\n");
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NAMESPACE}" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, ' type="text"')}`,
    ...(feed.subtitle ? [`  ${element("subtitle", feed.subtitle, ' type="text"')}`] : []),
    `  ${element("updated", feed.updated)}`,
    ...feed.links.map((item) => `  ${link(item)}`),
    `  ${person("author", feed.author)}`,
    ...(feed.generator ? [`  ${element("generator", feed.generator)}`] : []),
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
