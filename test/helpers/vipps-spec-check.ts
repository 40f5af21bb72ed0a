/**
 * Test support (not used by the platform): checks HTTP exchanges with Vipps MobilePay against the API
 * descriptions in ../spec, with ajv compiling their component schemas.
 *
 * OpenAPI 3.0 is not quite JSON Schema: `nullable: true` becomes a "null" type, formats the descriptions invent
 * ("int64", "IATA 2-letter airline code") are dropped, and the Order Management API's receipt, referred to by
 * URL, is taken as any object.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const SPEC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'integrations', 'vipps', 'spec');
const KNOWN_FORMATS = new Set(['uri', 'uuid', 'date-time']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** OpenAPI 3.0 schema → JSON Schema (draft 7), recursively. */
function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string' && !value.$ref.startsWith('#')) return { type: 'object' };
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === 'format' && typeof child === 'string' && !KNOWN_FORMATS.has(child)) continue;
    out[key] = toJsonSchema(child);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

interface Api {
  id: string;
  doc: Json;
  /** The path prefix of the API's server (the Webhooks API is served under /webhooks). */
  prefix: string;
  problemSchema: string;
}

// ajv-formats is CommonJS: its default export arrives as the module object or the function, depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

function load(file: string, id: string, prefix: string, problemSchema: string): Api {
  const doc = toJsonSchema(parse(readFileSync(join(SPEC_DIR, file), 'utf8'))) as Json;
  ajv.addSchema(doc, id);
  return { id, doc, prefix, problemSchema };
}

const epayment = load('epayment.v1.yml', 'epayment', '', 'Problem');
const webhooksApi = load('webhooks.v1.yml', 'webhooks', '/webhooks', 'ProblemDetails');

const compiled = new Map<string, ValidateFunction>();
function validator(api: Api, pointer: string): ValidateFunction {
  const key = `${api.id}#${pointer}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.getSchema(key) ?? ajv.compile({ $ref: key });
    compiled.set(key, validate);
  }
  return validate;
}

/** The node at a JSON pointer, following $refs; answers it with the pointer where it really is. */
function at(api: Api, pointer: string): { node: Json; pointer: string } | undefined {
  let node: unknown = api.doc;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  if (!isObject(node)) return undefined;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) return at(api, node.$ref.slice(1));
  return { node, pointer };
}

const escapePointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/** Checks a value against a component schema, e.g. "WebhookEvent"; answers the failures (none: valid). */
export function checkSchema(name: string, value: unknown, api: 'epayment' | 'webhooks' = 'epayment'): string[] {
  return check(api === 'epayment' ? epayment : webhooksApi, `/components/schemas/${name}`, value, name);
}

function check(api: Api, pointer: string, value: unknown, label: string): string[] {
  const validate = validator(api, pointer);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${label}${e.instancePath} ${e.message}`);
}

function findOperation(method: string, path: string) {
  for (const api of [webhooksApi, epayment]) {
    if (!path.startsWith(`${api.prefix}/`)) continue;
    const rest = path.slice(api.prefix.length);
    const paths = isObject(api.doc.paths) ? api.doc.paths : {};
    for (const [template, item] of Object.entries(paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (!pattern.test(rest) || !isObject(item) || !isObject(item[method.toLowerCase()])) continue;
      return { api, itemPointer: `/paths/${escapePointer(template)}`, verb: method.toLowerCase() };
    }
  }
  return undefined;
}

function parameters(api: Api, itemPointer: string, verb: string) {
  const out: { node: Json; pointer: string }[] = [];
  for (const base of [itemPointer, `${itemPointer}/${verb}`]) {
    const list = at(api, base)?.node.parameters;
    if (!Array.isArray(list)) continue;
    list.forEach((_, i) => {
      const found = at(api, `${base}/parameters/${i}`);
      if (found) out.push(found);
    });
  }
  return out;
}

export interface Exchange {
  method: string;
  /** Path without the query, e.g. /epayment/v1/payments/abc-12345/capture */
  path: string;
  requestHeaders: Headers;
  /** The parsed JSON body sent, or undefined when none. */
  requestBody: unknown;
  status: number;
  /** Media type without parameters, e.g. application/json; empty when the answer has none. */
  responseMediaType: string;
  /** The parsed JSON body answered, or undefined when empty. */
  responseBody: unknown;
}

/** Every way the exchange departs from the API's description (none: it conforms). */
export function checkExchange(exchange: Exchange): string[] {
  const label = `${exchange.method} ${exchange.path} → ${exchange.status}`;
  const found = findOperation(exchange.method, exchange.path);
  if (!found) return [`${label}: no such operation in the API description`];
  const { api, itemPointer, verb } = found;
  const operationPointer = `${itemPointer}/${verb}`;
  const failures: string[] = [];

  for (const parameter of parameters(api, itemPointer, verb)) {
    const { node } = parameter;
    if (node.in !== 'header' || typeof node.name !== 'string') continue;
    const value = exchange.requestHeaders.get(node.name);
    if (value === null) {
      if (node.required === true) failures.push(`${label}: header ${node.name} is required`);
      continue;
    }
    failures.push(...check(api, `${parameter.pointer}/schema`, value, `${label}: header ${node.name}`));
  }

  const requestBody = at(api, `${operationPointer}/requestBody`);
  if (exchange.requestBody === undefined) {
    if (requestBody?.node.required === true) failures.push(`${label}: a request body is required`);
  } else if (!requestBody) {
    failures.push(`${label}: the operation takes no request body`);
  } else {
    const schema = at(api, `${requestBody.pointer}/content/application~1json/schema`);
    if (schema) failures.push(...check(api, schema.pointer, exchange.requestBody, `${label}: request`));
    else failures.push(`${label}: no JSON request body described`);
  }

  const response =
    at(api, `${operationPointer}/responses/${exchange.status}`) ??
    (exchange.status >= 400 ? undefined : at(api, `${operationPointer}/responses/default`));
  if (!response) {
    if (exchange.status < 400) return [...failures, `${label}: the status is not described`];
    // Error statuses the description leaves out (401, 404 on reads) still answer with its problem shape.
    if (exchange.responseMediaType !== 'application/problem+json') {
      failures.push(`${label}: an error answers with ${exchange.responseMediaType}, not application/problem+json`);
    }
    failures.push(
      ...check(api, `/components/schemas/${api.problemSchema}`, exchange.responseBody, `${label}: problem`),
    );
    return failures;
  }
  const content = response.node.content;
  if (!isObject(content)) {
    if (exchange.responseBody !== undefined) failures.push(`${label}: the answer should have no body`);
    return failures;
  }
  if (!(exchange.responseMediaType in content)) {
    return [...failures, `${label}: media type ${exchange.responseMediaType} is not one of ${Object.keys(content)}`];
  }
  const schema = at(api, `${response.pointer}/content/${escapePointer(exchange.responseMediaType)}/schema`);
  if (schema) failures.push(...check(api, schema.pointer, exchange.responseBody, `${label}: response`));
  return failures;
}

/**
 * A fetch that checks every exchange with the ePayment and Webhooks APIs against their descriptions and adds the
 * failures to `violations`; other requests (the access token) pass unchecked.
 */
export function specCheckedFetch(violations: string[], inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const sent = await request.clone().text();
    const response = await inner(request);
    if (url.pathname.startsWith('/epayment/') || url.pathname.startsWith('/webhooks/')) {
      const text = await response.clone().text();
      let requestBody: unknown;
      let responseBody: unknown;
      try {
        requestBody = sent === '' ? undefined : JSON.parse(sent);
        responseBody = text === '' ? undefined : JSON.parse(text);
      } catch {
        violations.push(`${request.method} ${url.pathname}: a body is not JSON`);
        return response;
      }
      violations.push(
        ...checkExchange({
          method: request.method,
          path: url.pathname,
          requestHeaders: request.headers,
          requestBody,
          status: response.status,
          responseMediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
          responseBody,
        }),
      );
    }
    return response;
  };
}
