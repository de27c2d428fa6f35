/**
 * The changes page as feeds: Atom 1.0 (`/changes.atom`) and RSS 2.0 (`/changes.rss`), one item
 * per release, newest first, whose content is the release's changelog as escaped HTML.
 *
 * Feed readers keep what they have seen by an item's id, so ids never change: a `urn:uuid:`
 * made from the conference's slug, the release's number and the instant it was published,
 * whatever address the server is reached at.
 */
import { createHash } from 'node:crypto';

export interface FeedItem {
  /** Stable: see {@link releaseItemId}. */
  id: string;
  title: string;
  /** Absolute address of the item on the changes page. */
  link: string;
  /** ISO 8601 instant. */
  published: string;
  /** The changelog as HTML (escaped again here). */
  html: string;
}

export interface Feed {
  id: string;
  title: string;
  /** Absolute address of the changes page. */
  link: string;
  /** Absolute address of this feed. */
  self: string;
  /** ISO 8601 instant of the newest item, or of now when there is none. */
  updated: string;
  /** Newest first. */
  items: FeedItem[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content and attributes, with characters XML 1.0 cannot hold dropped. */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/**
 * A stable id for something published: a name-based UUID (version 5 layout over SHA-1) of the
 * parts given.
 *
 * Examples: `stableUrn(['cws3', 'release', '2', '2031-05-12T08:00:00.000Z'])` is always the same `urn:uuid:…`.
 */
export function stableUrn(parts: string[]): string {
  const bytes = createHash('sha1').update(parts.join('\n')).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Atom 1.0 (RFC 4287). */
export function atomFeed(feed: Feed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <updated>${xmlText(feed.updated)}</updated>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.link)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    '  <author><name>Agora</name></author>',
  ];
  for (const item of feed.items) {
    lines.push(
      '  <entry>',
      `    <id>${xmlText(item.id)}</id>`,
      `    <title>${xmlText(item.title)}</title>`,
      `    <published>${xmlText(item.published)}</published>`,
      `    <updated>${xmlText(item.published)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(item.link)}"/>`,
      `    <content type="html">${xmlText(item.html)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** RSS 2.0, dates in RFC 822 as it asks. */
export function rssFeed(feed: Feed): string {
  const date = (iso: string) => new Date(iso).toUTCString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlText(feed.title)}</title>`,
    `    <link>${xmlText(feed.link)}</link>`,
    `    <description>${xmlText(feed.title)}</description>`,
    `    <atom:link rel="self" type="application/rss+xml" href="${xmlText(feed.self)}"/>`,
    `    <lastBuildDate>${date(feed.updated)}</lastBuildDate>`,
  ];
  for (const item of feed.items) {
    lines.push(
      '    <item>',
      `      <title>${xmlText(item.title)}</title>`,
      `      <link>${xmlText(item.link)}</link>`,
      `      <guid isPermaLink="false">${xmlText(item.id)}</guid>`,
      `      <pubDate>${date(item.published)}</pubDate>`,
      `      <description>${xmlText(item.html)}</description>`,
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.join('\n');
}
