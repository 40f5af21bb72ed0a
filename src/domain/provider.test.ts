import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkProfile,
  decisionNeedsNote,
  isHttpUrl,
  isProviderKind,
  isValidEmail,
  normalisePhone,
  PROVIDER_STATUSES,
  type ProviderStatus,
  statusAfterDecision,
  websiteFromRegister,
} from './provider.ts';

test('kinds of provider', () => {
  for (const kind of ['voluntary', 'municipal', 'commercial', 'private']) assert.equal(isProviderKind(kind), true);
  assert.equal(isProviderKind('club'), false);
});

test('only the allowed status transitions', () => {
  const table: Record<ProviderStatus, Record<'approve' | 'reject' | 'suspend', ProviderStatus | null>> = {
    pending: { approve: 'approved', reject: 'rejected', suspend: null },
    approved: { approve: null, reject: null, suspend: 'suspended' },
    suspended: { approve: 'approved', reject: null, suspend: null },
    rejected: { approve: 'approved', reject: null, suspend: null },
  };
  for (const status of PROVIDER_STATUSES) {
    for (const decision of ['approve', 'reject', 'suspend'] as const) {
      assert.equal(statusAfterDecision(status, decision), table[status][decision], `${status} + ${decision}`);
    }
  }
  assert.equal(decisionNeedsNote('approve'), false);
  assert.equal(decisionNeedsNote('reject'), true);
  assert.equal(decisionNeedsNote('suspend'), true);
});

test('phone numbers: Norwegian eight digits or international E.164', () => {
  assert.equal(normalisePhone('912 34 567'), '+4791234567');
  assert.equal(normalisePhone('+47 91234567'), '+4791234567');
  assert.equal(normalisePhone('0047 22 33 44 55'), '+4722334455');
  assert.equal(normalisePhone('+46 70 123 45 67'), '+46701234567');
  assert.equal(normalisePhone('(+44) 20-7946-0958'), '+442079460958');
  assert.equal(normalisePhone('1234567'), null);
  assert.equal(normalisePhone('01234567'), null);
  assert.equal(normalisePhone('+47 1234 5678'), null);
  assert.equal(normalisePhone('+47 912345678'), null);
  assert.equal(normalisePhone('+0123456789'), null);
  assert.equal(normalisePhone('+1234567890123456'), null);
  assert.equal(normalisePhone('ring meg'), null);
});

test('e-mail addresses', () => {
  assert.equal(isValidEmail('post@klubben.no'), true);
  assert.equal(isValidEmail('kari.nordmann+lag@sub.example.org'), true);
  assert.equal(isValidEmail('post@klubben'), false);
  assert.equal(isValidEmail('post klubben@x.no'), false);
  assert.equal(isValidEmail('@klubben.no'), false);
  assert.equal(isValidEmail('Kari <kari@klubben.no>'), false);
  assert.equal(isValidEmail('a@klubben.no,b@klubben.no'), false);
  assert.equal(isValidEmail(`${'a'.repeat(250)}@x.no`), false);
});

test('web addresses must be http(s) on a named host', () => {
  assert.equal(isHttpUrl('https://klubben.no'), true);
  assert.equal(isHttpUrl('http://www.klubben.no/om-oss?x=1'), true);
  assert.equal(isHttpUrl('www.klubben.no'), false);
  assert.equal(isHttpUrl('javascript:alert(1)'), false);
  assert.equal(isHttpUrl('ftp://klubben.no'), false);
  assert.equal(isHttpUrl('https://user:pw@klubben.no'), false);
  assert.equal(isHttpUrl('https://klubben'), false);
  assert.equal(isHttpUrl('https://klubben.no/ side'), false);
  assert.equal(websiteFromRegister('www.klubben.no'), 'https://www.klubben.no');
  assert.equal(websiteFromRegister('http://klubben.no'), 'http://klubben.no');
  assert.equal(websiteFromRegister('ikke en adresse'), null);
  assert.equal(websiteFromRegister(null), null);
});

test('a valid profile is normalised', () => {
  const { values, issues } = checkProfile({
    name: '  Drammen Turn ',
    description: 'Turn for alle. ',
    email: ' post@turn.no ',
    phone: '912 34 567',
    website: '',
    socialLinks: ['https://facebook.com/turn', ' ', 'https://facebook.com/turn', 'https://instagram.com/turn'],
    bankAccount: '1234.56.78903',
  });
  assert.deepEqual(issues, []);
  assert.deepEqual(values, {
    name: 'Drammen Turn',
    description: 'Turn for alle.',
    email: 'post@turn.no',
    phone: '+4791234567',
    website: null,
    socialLinks: ['https://facebook.com/turn', 'https://instagram.com/turn'],
    bankAccount: '12345678903',
  });
});

test('every broken profile rule is reported with its field', () => {
  const { issues } = checkProfile({
    name: ' ',
    description: 'x'.repeat(5001),
    email: 'post@',
    phone: '123',
    website: 'klubben.no',
    socialLinks: ['https://a.no', 'facebook'],
    bankAccount: '1234.56.78904',
  });
  assert.deepEqual(issues, [
    { field: 'name', rule: 'required' },
    { field: 'description', rule: 'maxLength', params: { limit: 5000 } },
    { field: 'email', rule: 'email' },
    { field: 'phone', rule: 'phone' },
    { field: 'website', rule: 'url' },
    { field: 'socialLinks/1', rule: 'url' },
    { field: 'bankAccount', rule: 'bankAccount' },
  ]);
  assert.deepEqual(checkProfile({ name: 'x'.repeat(201) }).issues, [
    { field: 'name', rule: 'maxLength', params: { limit: 200 } },
  ]);
  const seven = Array.from({ length: 7 }, (_, i) => `https://example.no/${i}`);
  assert.deepEqual(checkProfile({ socialLinks: seven }).issues, [
    { field: 'socialLinks', rule: 'maxItems', params: { limit: 6 } },
  ]);
  assert.deepEqual(checkProfile({ email: '' }).issues, [{ field: 'email', rule: 'required' }]);
});

test('absent fields are not checked; cleared optional fields become null', () => {
  assert.deepEqual(checkProfile({}), { values: {}, issues: [] });
  assert.deepEqual(checkProfile({ phone: null, website: ' ', bankAccount: '' }).values, {
    phone: null,
    website: null,
    bankAccount: null,
  });
});
