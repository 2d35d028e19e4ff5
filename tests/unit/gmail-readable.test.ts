import { describe, expect, it } from 'vitest';
import { excerpt, readableText } from '@/utils/gmail/readable';

describe('readableText', () => {
  it('drops quoted history and signatures and keeps paragraphs as text', () => {
    const html =
      '<div dir="ltr"><p>Buongiorno Giulia,</p><p>confermo l&#39;udienza del 3 dicembre.</p>' +
      '<div class="gmail_signature">Avv. Marco Rossi<br>Studio Legale Rossi</div>' +
      '<div class="gmail_quote"><blockquote>Il giorno lun 23 nov ha scritto: vecchio testo</blockquote></div></div>';
    const text = readableText(html);
    expect(text).toContain('Buongiorno Giulia,');
    expect(text).toContain("confermo l'udienza del 3 dicembre.");
    expect(text).not.toContain('vecchio testo');
    expect(text).not.toContain('Studio Legale Rossi');
  });

  it('returns markup in the email as text and runs nothing', () => {
    const html =
      '<p>Ciao &lt;script&gt;alert(1)&lt;/script&gt;</p><script>window.__ran = 1</script><img src=x onerror="window.__ran = 2">';
    const text = readableText(html);
    expect(text).toContain('Ciao <script>alert(1)</script>');
    expect((window as { __ran?: number }).__ran).toBeUndefined();
  });

  it.each([
    ['', ''],
    ['corto', 'corto'],
  ])('handles %j', (html, expected) => {
    expect(readableText(html)).toBe(expected);
  });

  it('cuts excerpts at a word boundary', () => {
    const long = 'parola '.repeat(100);
    const cut = excerpt(long, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/paro…$/);
  });
});
