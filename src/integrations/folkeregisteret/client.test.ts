import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  type PopulationRegisterStandIn,
  startPopulationRegisterStandIn,
} from '../../../test/stand-ins/folkeregisteret.ts';
import { createHttpPopulationRegister, PopulationRegisterError } from './client.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/population/', import.meta.url));
const lines = readFileSync(`${FIXTURES}extract-2026.jsonl`, 'utf8').split('\n');
const EMMA = '14831550180';
const NORA = '07871450085';
const UNKNOWN = '30897990039';
const TOKEN = 'test-token-not-a-secret';

let standIn: PopulationRegisterStandIn;

before(async () => {
  // The valid documents of the fixture: Emma (line 1) and Nora (line 5, strictly protected).
  standIn = await startPopulationRegisterStandIn({ documents: [lines[0] ?? '', lines[4] ?? ''], token: TOKEN });
});
after(async () => {
  await standIn.close();
});

const register = (overrides: Partial<Parameters<typeof createHttpPopulationRegister>[0]> = {}) =>
  createHttpPopulationRegister({
    baseUrl: `${standIn.url}/`,
    token: async () => TOKEN,
    timeoutMs: 2_000,
    ...overrides,
  });

async function rejectsWith(promise: Promise<unknown>, kind: string, status?: number) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof PopulationRegisterError);
    assert.equal(error.kind, kind);
    if (status) assert.equal(error.details.status, status);
    assert.ok(!error.message.includes(EMMA) && !error.message.includes(UNKNOWN), 'no national id in the message');
    assert.ok(!JSON.stringify(error).includes(EMMA), 'no national id anywhere on the error');
    return true;
  });
}

describe('population register client', () => {
  test('fetches a person with the parts the platform needs, as JSON, with the bearer token', async () => {
    const record = await register().fetchPerson(EMMA);
    assert.ok(record);
    assert.equal(record.nationalId, EMMA);
    assert.equal(record.givenName, 'Emma Sofie');
    assert.equal(record.address?.streetAddress, 'Fjellveien 12B');
    assert.deepEqual(record.guardianNationalIds, ['21868390120', '09818190260']);
    const request = standIn.requests.at(-1);
    assert.deepEqual(request, {
      method: 'GET',
      path: `/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/${EMMA}`,
      parts: ['person-basis', 'relasjon-utvidet'],
      authorised: true,
    });
  });

  test('a protected person comes back without an address', async () => {
    const record = await register().fetchPerson(NORA);
    assert.equal(record?.addressProtection, 'strengt_fortrolig');
    assert.equal(record?.address, null);
  });

  test('an unknown person is null', async () => {
    assert.equal(await register().fetchPerson(UNKNOWN), null);
  });

  test('a refused token is a typed error', async () => {
    await rejectsWith(register({ token: async () => 'wrong' }).fetchPerson(EMMA), 'unauthorised', 401);
  });

  test('a server error is a typed error without the number', async () => {
    standIn.failNext(503);
    await rejectsWith(register().fetchPerson(EMMA), 'http_status', 503);
    // The next request is served again.
    assert.ok(await register().fetchPerson(EMMA));
  });

  test('a slow answer times out', async () => {
    standIn.setDelay(500);
    try {
      await rejectsWith(register({ timeoutMs: 100 }).fetchPerson(EMMA), 'timeout');
    } finally {
      standIn.setDelay(0);
    }
  });

  test('a closed port is a network error', async () => {
    const closed = await startPopulationRegisterStandIn({ documents: [], token: TOKEN });
    const url = closed.url;
    await closed.close();
    await rejectsWith(register({ baseUrl: url }).fetchPerson(EMMA), 'network');
  });

  test('an invalid number is refused before anything is sent', async () => {
    const before = standIn.requests.length;
    await rejectsWith(register().fetchPerson('14831550181'), 'invalid_national_id');
    assert.equal(standIn.requests.length, before);
  });

  test('an answer that is not a person document is a typed error', async () => {
    const fakeFetch: typeof fetch = async () =>
      new Response('{"identifikasjonsnummer": [{"foedselsEllerDNummer": "1483', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    await rejectsWith(register({ fetch: fakeFetch }).fetchPerson(EMMA), 'invalid_document');
    // A document about someone else is not accepted either.
    const other: typeof fetch = async () => new Response(lines[4] ?? '', { status: 200 });
    await rejectsWith(register({ fetch: other }).fetchPerson(EMMA), 'invalid_document');
  });

  test('the stand-in checks the path shape and the parts', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, accept: 'application/json' };
    const bad = await fetch(`${standIn.url}/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/123`, { headers });
    assert.equal(bad.status, 400);
    const part = await fetch(`${standIn.url}/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/${EMMA}?part=alt`, {
      headers,
    });
    assert.equal(part.status, 400);
    const xml = await fetch(`${standIn.url}/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/${EMMA}`, {
      headers: { ...headers, accept: 'application/xml' },
    });
    assert.equal(xml.status, 406);
  });
});
