/**
 * A tiny cookie-keeping "browser" on top of fetch, for driving login flows in tests: it follows redirects one hop
 * at a time (so a test can stop before a URL where nothing listens and take the URL instead), keeps cookies per
 * host and path, parses forms and submits them the way a browser would, and submits forms that a page would submit
 * by script on load. No JavaScript is run and no CSS is applied.
 */

export interface FormControl {
  /** Lower-case element kind: input, button, select or textarea. */
  element: 'input' | 'button' | 'select' | 'textarea';
  /** Lower-case `type` attribute (inputs and buttons); `text` and `submit` by default. */
  type: string;
  name: string;
  value: string;
  checked: boolean;
  /** For selects: the option values. */
  options: string[];
  /** Visible text of a button. */
  label: string;
}

export interface HtmlForm {
  id?: string;
  action: URL;
  method: 'GET' | 'POST';
  controls: FormControl[];
  /** True when the page submits this form by script as soon as it loads. */
  autoSubmit: boolean;
}

export interface BrowserPage {
  /** The URL of the last request made. */
  url: URL;
  status: number;
  headers: Headers;
  body: string;
  forms: HtmlForm[];
  /** Set when navigation stopped before following a redirect to this URL (see `stopAt`). */
  stoppedAt?: URL;
  /** Every URL requested during this navigation, in order. */
  visited: URL[];
}

export interface NavigateOptions {
  /** Don't request a redirect target for which this returns true; the page then carries it as `stoppedAt`. */
  stopAt?: (url: URL) => boolean;
  /** Submit forms that the page would submit by script on load (default true). */
  autoSubmit?: boolean;
}

export interface SubmitOptions extends NavigateOptions {
  /** Which form: its id, or its index on the page; default the first. */
  form?: string | number;
  /** Values to type or choose, by control name. A name that no control has is an error, as is a radio value not offered. */
  fields?: Record<string, string>;
  /** Which submit button to press: its name, value or visible text; default the first one. */
  button?: string;
}

interface StoredCookie {
  name: string;
  value: string;
  host: string;
  /** Domain cookies also go to subdomains; host-only cookies don't. */
  hostOnly: boolean;
  path: string;
  expiresAt?: number;
  secure: boolean;
}

/** Cookies by host and path, following the matching rules of RFC 6265 closely enough for login flows. */
export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  /** Stores the cookies of a response to a request for `url`. */
  store(url: URL, setCookieHeaders: string[]): void {
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(url, header);
      if (!cookie) continue;
      const key = `${cookie.host}|${cookie.path}|${cookie.name}`;
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= Date.now()) this.#cookies.delete(key);
      else this.#cookies.set(key, cookie);
    }
  }

  /** The cookies a browser would send with a request for `url`, longest path first. */
  cookiesFor(url: URL): { name: string; value: string }[] {
    const now = Date.now();
    const host = url.hostname.toLowerCase();
    const matching: StoredCookie[] = [];
    for (const [key, cookie] of this.#cookies) {
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= now) {
        this.#cookies.delete(key);
        continue;
      }
      const hostMatches = cookie.hostOnly
        ? host === cookie.host
        : host === cookie.host || host.endsWith(`.${cookie.host}`);
      if (!hostMatches || !pathMatches(url.pathname, cookie.path)) continue;
      if (cookie.secure && url.protocol !== 'https:') continue;
      matching.push(cookie);
    }
    matching.sort((a, b) => b.path.length - a.path.length);
    return matching.map(({ name, value }) => ({ name, value }));
  }

  header(url: URL): string | undefined {
    const cookies = this.cookiesFor(url);
    return cookies.length === 0 ? undefined : cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  }

  clear(): void {
    this.#cookies.clear();
  }
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/') || path.lastIndexOf('/') === 0) return '/';
  return path.slice(0, path.lastIndexOf('/'));
}

function parseSetCookie(url: URL, header: string): StoredCookie | undefined {
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const cookie: StoredCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    host: url.hostname.toLowerCase(),
    hostOnly: true,
    path: defaultPath(url),
    secure: false,
  };
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const [rawName = '', ...rest] = attribute.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (name === 'path' && value.startsWith('/')) cookie.path = value;
    else if (name === 'domain' && value) {
      const domain = value.replace(/^\./, '').toLowerCase();
      if (cookie.host !== domain && !cookie.host.endsWith(`.${domain}`)) return undefined;
      cookie.host = domain;
      cookie.hostOnly = false;
    } else if (name === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (name === 'expires') {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) expires = time;
    } else if (name === 'secure') cookie.secure = true;
  }
  if (maxAge !== undefined) cookie.expiresAt = Date.now() + maxAge * 1000;
  else if (expires !== undefined) cookie.expiresAt = expires;
  return cookie;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function stripTags(html: string): string {
  return decodeHtmlEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

interface LocatedControl {
  index: number;
  formAttribute?: string;
  control: FormControl;
}

function parseControls(html: string): LocatedControl[] {
  const found: LocatedControl[] = [];
  const pattern =
    /<input\b([^>]*)>|<button\b([^>]*)>([\s\S]*?)<\/button\s*>|<select\b([^>]*)>([\s\S]*?)<\/select\s*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea\s*>/gi;
  for (const match of html.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (match[1] !== undefined) {
      const attributes = parseAttributes(match[1]);
      found.push({
        index,
        formAttribute: attributes.get('form'),
        control: {
          element: 'input',
          type: (attributes.get('type') ?? 'text').toLowerCase(),
          name: attributes.get('name') ?? '',
          value: attributes.get('value') ?? (attributes.get('type')?.toLowerCase() === 'checkbox' ? 'on' : ''),
          checked: attributes.has('checked'),
          options: [],
          label: '',
        },
      });
    } else if (match[2] !== undefined) {
      const attributes = parseAttributes(match[2]);
      found.push({
        index,
        formAttribute: attributes.get('form'),
        control: {
          element: 'button',
          type: (attributes.get('type') ?? 'submit').toLowerCase(),
          name: attributes.get('name') ?? '',
          value: attributes.get('value') ?? '',
          checked: false,
          options: [],
          label: stripTags(match[3] ?? ''),
        },
      });
    } else if (match[4] !== undefined) {
      const attributes = parseAttributes(match[4]);
      const options: string[] = [];
      let selected: string | undefined;
      for (const option of (match[5] ?? '').matchAll(/<option\b([^>]*)>([\s\S]*?)(?=<option\b|$)/gi)) {
        const optionAttributes = parseAttributes(option[1] ?? '');
        const value = optionAttributes.get('value') ?? stripTags(option[2] ?? '');
        options.push(value);
        if (optionAttributes.has('selected')) selected = value;
      }
      found.push({
        index,
        formAttribute: attributes.get('form'),
        control: {
          element: 'select',
          type: 'select',
          name: attributes.get('name') ?? '',
          value: selected ?? options[0] ?? '',
          checked: false,
          options,
          label: '',
        },
      });
    } else {
      const attributes = parseAttributes(match[6] ?? '');
      found.push({
        index,
        formAttribute: attributes.get('form'),
        control: {
          element: 'textarea',
          type: 'textarea',
          name: attributes.get('name') ?? '',
          value: decodeHtmlEntities(match[7] ?? ''),
          checked: false,
          options: [],
          label: '',
        },
      });
    }
  }
  return found;
}

/** The forms of a page, with their controls (including controls outside the form that name it with `form=`). */
export function parseForms(html: string, pageUrl: URL): HtmlForm[] {
  const controls = parseControls(html);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((match) => match[1] ?? '');
  const submitsByScript = scripts.some((script) => /\.submit\(\)/.test(script));
  const forms: HtmlForm[] = [];
  const matches = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form\s*>/gi)];
  for (const [position, match] of matches.entries()) {
    const attributes = parseAttributes(match[1] ?? '');
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const id = attributes.get('id');
    const own = controls.filter((located) =>
      located.formAttribute !== undefined ? located.formAttribute === id : located.index > start && located.index < end,
    );
    const action = attributes.get('action');
    const method = (attributes.get('method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET';
    forms.push({
      ...(id === undefined ? {} : { id }),
      action: new URL(action ? action : pageUrl.href, pageUrl),
      method,
      controls: own.map((located) => ({ ...located.control })),
      autoSubmit: attributes.has('data-auto-submit') || (submitsByScript && position === 0),
    });
  }
  return forms;
}

function isSubmitButton(control: FormControl): boolean {
  return (
    (control.element === 'button' && control.type === 'submit') ||
    (control.element === 'input' && (control.type === 'submit' || control.type === 'image'))
  );
}

/** The name/value pairs a browser would submit for `form` after the user filled in `fields` and pressed `button`. */
export function formData(form: HtmlForm, fields: Record<string, string> = {}, button?: string): URLSearchParams {
  const controls = form.controls.map((control) => ({ ...control }));
  for (const [name, value] of Object.entries(fields)) {
    const named = controls.filter((control) => control.name === name && !isSubmitButton(control));
    if (named.length === 0) throw new Error(`the form has no field named "${name}"`);
    const choices = named.filter((control) => control.type === 'radio' || control.type === 'checkbox');
    if (choices.length > 0) {
      const choice = choices.find((control) => control.value === value);
      if (!choice) throw new Error(`the form offers no such choice for "${name}"`);
      for (const control of choices) if (control.type === 'radio') control.checked = false;
      choice.checked = true;
    } else {
      for (const control of named) {
        if (control.element === 'select' && !control.options.includes(value)) {
          throw new Error(`the form offers no such choice for "${name}"`);
        }
        control.value = value;
      }
    }
  }
  const buttons = controls.filter(isSubmitButton);
  const pressed =
    button === undefined
      ? buttons[0]
      : buttons.find((control) => control.name === button || control.value === button || control.label === button);
  if (button !== undefined && !pressed) throw new Error(`the form has no button "${button}"`);

  const data = new URLSearchParams();
  for (const control of controls) {
    if (!control.name) continue;
    if (isSubmitButton(control)) {
      if (control === pressed) data.append(control.name, control.value);
      continue;
    }
    if (control.element === 'button' || ['reset', 'file'].includes(control.type)) continue;
    if ((control.type === 'radio' || control.type === 'checkbox') && !control.checked) continue;
    data.append(control.name, control.value);
  }
  return data;
}

const MAX_HOPS = 20;

export class TestBrowser {
  readonly cookies = new CookieJar();

  /** One request, with this browser's cookies; stores the cookies of the response. Follows nothing. */
  async request(
    url: URL | string,
    init: { method?: 'GET' | 'POST'; body?: URLSearchParams; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.cookies.header(target);
    if (cookie) headers.set('cookie', cookie);
    if (init.body) headers.set('content-type', 'application/x-www-form-urlencoded');
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      headers,
      body: init.body?.toString(),
      redirect: 'manual',
    });
    this.cookies.store(target, response.headers.getSetCookie());
    return response;
  }

  /** Loads a URL and follows redirects (and auto-submitted forms) until a page, or until `stopAt` says stop. */
  async navigate(url: URL | string, options: NavigateOptions = {}): Promise<BrowserPage> {
    return this.#follow(new URL(url), 'GET', undefined, options);
  }

  /** Fills in and submits a form of `page`, then follows redirects like `navigate`. */
  async submit(page: BrowserPage, options: SubmitOptions = {}): Promise<BrowserPage> {
    const form =
      typeof options.form === 'string'
        ? page.forms.find((candidate) => candidate.id === options.form)
        : page.forms[options.form ?? 0];
    if (!form) throw new Error(`no form ${options.form ?? 0} on ${page.url.href} (status ${page.status})`);
    return this.#submitForm(form, formData(form, options.fields, options.button), options);
  }

  async #submitForm(form: HtmlForm, data: URLSearchParams, options: NavigateOptions): Promise<BrowserPage> {
    if (form.method === 'GET') {
      const target = new URL(form.action);
      target.search = data.toString();
      return this.#follow(target, 'GET', undefined, options);
    }
    return this.#follow(new URL(form.action), 'POST', data, options);
  }

  async #follow(
    start: URL,
    startMethod: 'GET' | 'POST',
    startBody: URLSearchParams | undefined,
    options: NavigateOptions,
  ): Promise<BrowserPage> {
    const visited: URL[] = [];
    let url = start;
    let method = startMethod;
    let body = startBody;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      visited.push(url);
      const response = await this.request(url, { method, body });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        const next = new URL(location, url);
        if (options.stopAt?.(next)) {
          return {
            url,
            status: response.status,
            headers: response.headers,
            body: '',
            forms: [],
            stoppedAt: next,
            visited,
          };
        }
        if (response.status !== 307 && response.status !== 308) {
          method = 'GET';
          body = undefined;
        }
        url = next;
        continue;
      }
      const text = await response.text();
      const isHtml = (response.headers.get('content-type') ?? '').includes('html');
      const forms = isHtml ? parseForms(text, url) : [];
      const auto = options.autoSubmit === false ? undefined : forms.find((form) => form.autoSubmit);
      if (auto) {
        const data = formData(auto);
        if (auto.method === 'GET') {
          url = new URL(auto.action);
          url.search = data.toString();
          method = 'GET';
          body = undefined;
        } else {
          url = new URL(auto.action);
          method = 'POST';
          body = data;
        }
        if (options.stopAt?.(url)) {
          return {
            url: visited[visited.length - 1] ?? url,
            status: response.status,
            headers: response.headers,
            body: text,
            forms,
            stoppedAt: url,
            visited,
          };
        }
        continue;
      }
      return { url, status: response.status, headers: response.headers, body: text, forms, visited };
    }
    throw new Error(`more than ${MAX_HOPS} redirects from ${start.href}`);
  }
}
