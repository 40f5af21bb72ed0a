import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, toCsv } from './csv.ts';

test('fields with the separator, quotes or line breaks are quoted; formulas are kept as text', () => {
  assert.equal(csvField('Drammen Turn'), 'Drammen Turn');
  assert.equal(csvField('A;B'), '"A;B"');
  assert.equal(csvField('Si "hei"'), '"Si ""hei"""');
  assert.equal(csvField('linje\nto'), '"linje\nto"');
  assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvField('-5'), "'-5");
  assert.equal(csvField(-5), '-5');
  assert.equal(
    toCsv([
      ['a', 1],
      ['b;c', 2],
    ]),
    'a;1\r\n"b;c";2\r\n',
  );
});
