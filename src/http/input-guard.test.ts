import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unsafeInput, unstorableText } from './input-guard.ts';

test('NUL and lone UTF-16 surrogates are unstorable; whole characters outside the BMP are fine', () => {
  assert.equal(unstorableText('Hei \u0000'), true);
  assert.equal(unstorableText('Hei \ud800'), true);
  assert.equal(unstorableText('\udc00 først'), true);
  assert.equal(unstorableText('omvendt \udc00\ud800 par'), true);
  assert.equal(unstorableText('Hei 👋 og 𝄞'), false);
  assert.equal(unstorableText('Blåbærsti – ☀'), false);
});

test('every part of a request is checked, and each field is named', () => {
  const fields = unsafeInput({
    params: { providerId: 'a\ud800' },
    query: { q: ['fint', 'b\udfff'] },
    body: { subject: 'Hei \ud800', body: 'Tekst 👋', audience: { note: 'x\u0000' } },
  });
  assert.deepEqual(
    fields.map((f) => f.field),
    ['path/providerId', 'query/q/1', 'body/subject', 'body/audience/note'],
  );
});
