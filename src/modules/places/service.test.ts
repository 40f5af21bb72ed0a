import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../errors.ts';
import {
  type AddressMatch,
  type AddressSearchClient,
  AddressSearchError,
} from '../../integrations/geonorge/addresses.ts';
import { createPlacesService, unavailableReason } from './service.ts';

const match = (n: number): AddressMatch => ({
  label: `Storgata ${n}, 3015 Drammen`,
  street: `Storgata ${n}`,
  postalCode: '3015',
  postalPlace: 'Drammen',
  kommunenummer: '3301',
  latitude: 59.74,
  longitude: 10.2 + n / 1000,
});

function fakeClient(answer: (text: string) => AddressMatch[] | Error) {
  const calls: { text: string; kommunenummer: string | undefined; limit: number | undefined }[] = [];
  const client: AddressSearchClient = {
    async search(text, options = {}) {
      calls.push({ text, kommunenummer: options.kommunenummer, limit: options.limit });
      const result = answer(text);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { client, calls };
}

const rejectsWith = (code: string, check?: (error: AppError) => void) => (error: unknown) => {
  assert.ok(error instanceof AppError, String(error));
  assert.equal(error.code, code);
  check?.(error);
  return true;
};

describe('places: searchAddresses', () => {
  test('up to eight suggestions from the municipality, without repeats', async () => {
    const { client, calls } = fakeClient(() => [
      match(1),
      match(1),
      ...Array.from({ length: 10 }, (_, i) => match(i + 2)),
    ]);
    const places = createPlacesService({ client });
    const found = await places.searchAddresses('3301', '  Storgata   1 ');
    assert.equal(found.length, 8);
    assert.equal(new Set(found.map((f) => f.label)).size, 8);
    assert.deepEqual(found[0], {
      label: 'Storgata 1, 3015 Drammen',
      street: 'Storgata 1',
      postalCode: '3015',
      postalPlace: 'Drammen',
      latitude: 59.74,
      longitude: 10.2 + 1 / 1000,
    });
    assert.deepEqual(calls, [{ text: 'Storgata 1', kommunenummer: '3301', limit: 8 }]);
  });

  test('text of 2 to 100 characters after trimming', async () => {
    const { client, calls } = fakeClient(() => []);
    const places = createPlacesService({ client });
    await assert.rejects(
      places.searchAddresses('3301', '  a  '),
      rejectsWith('VALIDATION_FAILED', (e) =>
        assert.deepEqual(e.fields, [{ field: 'query/q', rule: 'minLength', params: { limit: 2 } }]),
      ),
    );
    await assert.rejects(
      places.searchAddresses('3301', 'x'.repeat(101)),
      rejectsWith('VALIDATION_FAILED', (e) => assert.equal(e.fields[0]?.rule, 'maxLength')),
    );
    assert.deepEqual(await places.searchAddresses('3301', 'ab'), []);
    assert.deepEqual(await places.searchAddresses('3301', 'x'.repeat(100)), []);
    assert.equal(calls.length, 2);
  });

  test('the address search down or not configured: SERVICE_UNAVAILABLE with the reason for the log', async () => {
    const { client } = fakeClient(() => new AddressSearchError('http_status', { status: 503 }));
    const down = createPlacesService({ client });
    await assert.rejects(
      down.searchAddresses('3301', 'Storgata'),
      rejectsWith('SERVICE_UNAVAILABLE', (e) => {
        assert.equal(e.status, 503);
        assert.deepEqual(unavailableReason(e), { kind: 'http_status', status: 503 });
      }),
    );
    const none = createPlacesService({ client: undefined });
    await assert.rejects(
      none.searchAddresses('3301', 'Storgata'),
      rejectsWith('SERVICE_UNAVAILABLE', (e) => assert.deepEqual(unavailableReason(e), { kind: 'not_configured' })),
    );
    // Validation still comes first.
    await assert.rejects(none.searchAddresses('3301', 'S'), rejectsWith('VALIDATION_FAILED'));
  });

  test('answers are reused for ten minutes; the same text in other case or spacing is the same question', async () => {
    let clock = 0;
    const { client, calls } = fakeClient(() => [match(1)]);
    const places = createPlacesService({ client, now: () => clock });
    await places.searchAddresses('3301', 'Storgata 1');
    await places.searchAddresses('3301', ' storgata  1');
    // Asked twice at once: one request.
    await Promise.all([places.searchAddresses('3301', 'Storg'), places.searchAddresses('3301', 'storg')]);
    assert.deepEqual(
      calls.map((c) => c.text),
      ['Storgata 1', 'Storg'],
    );
    clock += 10 * 60_000 - 1;
    await places.searchAddresses('3301', 'Storgata 1');
    assert.equal(calls.length, 2);
    clock += 1;
    await places.searchAddresses('3301', 'Storgata 1');
    assert.equal(calls.length, 3);
  });

  test('failures are not kept', async () => {
    let fail = true;
    const { client, calls } = fakeClient(() => (fail ? new AddressSearchError('timeout') : [match(2)]));
    const places = createPlacesService({ client });
    await assert.rejects(places.searchAddresses('3301', 'Storgata'), rejectsWith('SERVICE_UNAVAILABLE'));
    fail = false;
    assert.equal((await places.searchAddresses('3301', 'Storgata')).length, 1);
    assert.equal(calls.length, 2);
  });

  test('the cache holds a bounded number of answers, the least recently used go first', async () => {
    const { client, calls } = fakeClient(() => []);
    const places = createPlacesService({ client, cacheSize: 2 });
    await places.searchAddresses('3301', 'aa');
    await places.searchAddresses('3301', 'bb');
    await places.searchAddresses('3301', 'aa');
    await places.searchAddresses('3301', 'cc');
    await places.searchAddresses('3301', 'aa');
    await places.searchAddresses('3301', 'bb');
    assert.deepEqual(
      calls.map((c) => c.text),
      ['aa', 'bb', 'cc', 'bb'],
    );
  });
});
