import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CookieJar, formData, parseForms, TestBrowser } from './oidc-browser.ts';

describe('test browser: forms', () => {
  const page = new URL('http://app.test/login/start?x=1');
  const html = `<form id="a" method="post" action="/login/finish?step=2">
      <input type="hidden" name="csrf" value="t&amp;k">
      <input type="text" name="who" value=''>
      <input type="radio" name="level" value="low" checked><input type="radio" name="level" value="high">
      <input type="checkbox" name="remember">
      <select name="lang"><option value="nb">Bokmål<option value="en" selected>English</select>
      <textarea name="note">hei &lt;du&gt;</textarea>
      <button type="submit" name="go" value="yes">Go</button>
      <button type="submit" name="cancel" value="yes">Cancel</button>
    </form>
    <form id="b"><input name="q"></form>
    <button type="submit" form="b" name="outside" value="1">Search</button>`;

  it('parses action, method and controls, including controls that name their form', () => {
    const [a, b] = parseForms(html, page);
    assert.equal(a?.action.href, 'http://app.test/login/finish?step=2');
    assert.equal(a?.method, 'POST');
    assert.equal(b?.method, 'GET');
    assert.equal(b?.action.href, page.href);
    assert.deepEqual(
      b?.controls.map((control) => control.name),
      ['q', 'outside'],
    );
    assert.equal(a?.autoSubmit, false);
  });

  it('submits what a browser would: checked choices, selected option, the pressed button only', () => {
    const [a] = parseForms(html, page);
    assert.ok(a);
    assert.equal(formData(a).toString(), 'csrf=t%26k&who=&level=low&lang=en&note=hei+%3Cdu%3E&go=yes');
    assert.equal(
      formData(a, { who: 'Kari', level: 'high', remember: 'on', lang: 'nb' }, 'Cancel').toString(),
      'csrf=t%26k&who=Kari&level=high&remember=on&lang=nb&note=hei+%3Cdu%3E&cancel=yes',
    );
  });

  it('refuses fields the form does not have, like a user could not type into them', () => {
    const [a] = parseForms(html, page);
    assert.ok(a);
    assert.throws(() => formData(a, { missing: 'x' }), /no field named "missing"/);
    assert.throws(() => formData(a, { level: 'medium' }), /offers no such choice for "level"/);
    assert.throws(() => formData(a, {}, 'Nope'), /no button "Nope"/);
  });

  it('recognises forms submitted by script on load', () => {
    const [form] = parseForms(
      '<form method="post" action="/x"></form><script>document.forms[0].submit()</script>',
      page,
    );
    assert.equal(form?.autoSubmit, true);
  });
});

describe('test browser: cookies', () => {
  it('keeps cookies per host and path and forgets expired ones', () => {
    const jar = new CookieJar();
    const url = new URL('http://127.0.0.1:3000/idporten/auth');
    jar.store(url, [
      'session=s1; path=/idporten; httponly',
      'interaction=i1; path=/idporten/interaction/abc',
      'here=h; samesite=lax',
      'gone=x; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
    assert.equal(
      jar.header(new URL('http://127.0.0.1:3000/idporten/interaction/abc')),
      'interaction=i1; session=s1; here=h',
    );
    assert.equal(jar.header(new URL('http://127.0.0.1:3000/idporten')), 'session=s1; here=h');
    assert.equal(jar.header(new URL('http://127.0.0.1:3000/idportenx')), undefined);
    assert.equal(jar.header(new URL('http://localhost:3000/idporten')), undefined);
    jar.store(url, ['session=; path=/idporten; max-age=0']);
    assert.equal(jar.header(new URL('http://127.0.0.1:3000/idporten/x')), 'here=h');
  });
});

describe('test browser: navigation', () => {
  let server: Server;
  let base: string;

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/start') {
        res.writeHead(302, { location: '/form', 'set-cookie': 'seen=1; path=/' }).end();
      } else if (url.pathname === '/form') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(
          `<p>cookie: ${req.headers.cookie ?? ''}</p><form method="post" action="/post"><input name="a" value="1"></form>`,
        );
      } else if (url.pathname === '/post') {
        let body = '';
        req.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        req.on('end', () => res.writeHead(303, { location: `http://127.0.0.1:9/done?${body}` }).end());
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('follows redirects with cookies and stops before a URL it is told not to load', async () => {
    const browser = new TestBrowser();
    const page = await browser.navigate(`${base}/start`);
    assert.equal(page.status, 200);
    assert.equal(page.url.pathname, '/form');
    assert.match(page.body, /cookie: seen=1/);
    assert.deepEqual(
      page.visited.map((url) => url.pathname),
      ['/start', '/form'],
    );
    const done = await browser.submit(page, { fields: { a: '2' }, stopAt: (url) => url.port === '9' });
    assert.equal(done.stoppedAt?.href, 'http://127.0.0.1:9/done?a=2');
    assert.equal(done.status, 303);
  });
});
