import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { approvalPage, formatKroner, notFoundPage, outcomePage } from './approval-page.ts';

const page = approvalPage({
  merchantName: 'Fritidskortet <Fjordvik>',
  paymentDescription: 'Fotball G10 & "vår" 2027',
  amount: 123_450,
  action: '/landing',
  token: 'abc_123',
});

describe('the approval page', () => {
  test('is in bokmål, with a title, one main landmark and one h1', () => {
    assert.match(page, /^<!doctype html>\n<html lang="nb">/);
    assert.match(page, /<title>Betal 1\u00a0234,50\u00a0kr til Fritidskortet &lt;Fjordvik&gt; – [^<]+<\/title>/);
    assert.equal(page.match(/<main>/g)?.length, 1);
    assert.equal(page.match(/<h1>/g)?.length, 1);
    assert.match(page, /<meta name="viewport"/);
  });

  test('shows the description and the amount in kroner, escaped', () => {
    assert.match(page, /Fotball G10 &amp; &quot;vår&quot; 2027/);
    assert.doesNotMatch(page, /<Fjordvik>/);
    assert.match(page, /<dd class="amount">1\u00a0234,50\u00a0kr<\/dd>/);
    assert.equal(formatKroner(0), '0,00\u00a0kr');
    assert.equal(formatKroner(5), '0,05\u00a0kr');
    assert.equal(formatKroner(4_500_000), '45\u00a0000,00\u00a0kr');
  });

  test('has two buttons named by their text, "Godkjenn" and "Avvis", in a form that posts the token', () => {
    const buttons = [...page.matchAll(/<button ([^>]*)>([^<]*)<\/button>/g)];
    assert.deepEqual(
      buttons.map((b) => b[2]),
      ['Godkjenn', 'Avvis'],
    );
    for (const [, attributes] of buttons) assert.match(attributes ?? '', /type="submit"/);
    assert.match(page, /<form method="post" action="\/landing">/);
    assert.match(page, /<input type="hidden" name="token" value="abc_123">/);
  });

  test('colours keep at least 4.5:1 contrast and focus is visible', () => {
    // Text colours on their backgrounds, as in the style sheet.
    const pairs: [string, string][] = [
      ['#1a1a1a', '#ffffff'],
      ['#1a1a1a', '#f4f4f4'],
      ['#4d4d4d', '#ffffff'],
      ['#ffffff', '#1b5e20'],
      ['#0b3d91', '#ffffff'],
    ];
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    for (const [fg, bg] of pairs) {
      assert.ok(page.includes(fg) && page.includes(bg), `${fg} on ${bg} is in the page`);
      const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      assert.ok(((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05) >= 4.5, `${fg} on ${bg}`);
    }
    assert.match(page, /button:focus-visible, a:focus-visible \{ outline: 3px solid/);
  });

  test('the pages after a decision and for an unknown payment have lang, main and h1 too', () => {
    for (const html of [
      outcomePage('AUTHORIZED', 'https://x.no/r?a=1&b=2'),
      outcomePage('ABORTED', undefined),
      notFoundPage(),
    ]) {
      assert.match(html, /<html lang="nb">/);
      assert.match(html, /<main>\n<h1>[^<]+<\/h1>/);
      assert.match(html, /<title>[^<]+<\/title>/);
    }
    assert.match(outcomePage('AUTHORIZED', 'https://x.no/r?a=1&b=2'), /href="https:\/\/x.no\/r\?a=1&amp;b=2"/);
  });
});
