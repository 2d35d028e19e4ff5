import { Readability } from '@mozilla/readability';

/** Quoted history and signatures: what the VA has already read or does not need. */
const NOISE =
  '.gmail_quote, blockquote, .gmail_signature, [class$="gmail_signature"], .gmail_extra, style, script';

const BLOCKS = 'p, div, br, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre';

/**
 * The readable text of an email body, extracted in the side panel (never in Gmail's page):
 * DOMParser builds an inert document (no scripts run, no images load), quoted history and
 * signatures are removed, then Readability picks the content. Always returns plain text.
 */
export function readableText(html: string): string {
  if (!html.trim()) return '';
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body><article>${html}</article></body>`,
    'text/html',
  );
  for (const node of Array.from(doc.querySelectorAll(NOISE))) node.remove();
  // Keep line breaks: text of adjacent paragraphs must not run together.
  for (const node of Array.from(doc.querySelectorAll(BLOCKS))) node.after(doc.createTextNode('\n'));
  let text = '';
  try {
    const article = new Readability(doc, { charThreshold: 0, keepClasses: false }).parse();
    text = article?.textContent ?? '';
  } catch {
    text = '';
  }
  if (!text.trim()) text = doc.body.textContent ?? '';
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n--\s*$/, '') // the delimiter of a signature removed above
    .trim();
}

/** The first `max` characters of the text, cut at a word boundary. */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
