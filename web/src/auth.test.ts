import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANDING, loginErrorOf, loginHref, returnToFor, withoutLoginError } from './auth.ts';

test('a login started on a page that needs it comes back to that page', () => {
  assert.equal(returnToFor('citizen', '/family'), '/family');
  assert.equal(returnToFor('staff', '/admin/audit'), '/admin/audit');
  assert.equal(returnToFor('staff', '/admin/roles', '?x=1&loginError=access_denied'), '/admin/roles?x=1');
});

test('a login started on a public page goes to the landing page of its kind', () => {
  assert.equal(returnToFor('citizen', '/'), LANDING.citizen);
  assert.equal(returnToFor('citizen', '/about'), '/family');
  assert.equal(returnToFor('staff', '/'), '/people');
  assert.equal(returnToFor('staff', '/finnes-ikke'), '/people');
});

test('login links go to the server with the return address encoded', () => {
  assert.equal(loginHref('citizen', '/family'), '/api/auth/login/citizen?returnTo=%2Ffamily');
  assert.equal(loginHref('staff', '/admin/roles?x=1'), '/api/auth/login/staff?returnTo=%2Fadmin%2Froles%3Fx%3D1');
});

test('login errors are known reasons, or "unknown"', () => {
  assert.equal(loginErrorOf(null), undefined);
  assert.equal(loginErrorOf('access_denied'), 'access_denied');
  assert.equal(loginErrorOf('login_unavailable'), 'login_unavailable');
  assert.equal(loginErrorOf('<script>'), 'unknown');
});

test('the login error is removed from the address, the rest is kept', () => {
  assert.equal(withoutLoginError('?loginError=access_denied'), '');
  assert.equal(withoutLoginError('?a=1&loginError=x&b=2'), '?a=1&b=2');
  assert.equal(withoutLoginError(''), '');
});
