/**
 * A local stand-in for Folkeregisteret's person lookup, for tests and development: a real HTTP server on
 * 127.0.0.1 that serves person documents and checks what the real service checks (bearer token, path shape,
 * known parts, Accept). It serves only the documents it is given, which should hold synthetic numbers.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePersonDocument } from '../../src/integrations/folkeregisteret/person-document.ts';

export interface PopulationRegisterStandIn {
  /** Base URL to give the client, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Requests received, in order. */
  requests: { method: string; path: string; parts: string[]; authorised: boolean }[];
  /** Answer the next requests with this status (e.g. 500, 503) instead of serving them. */
  failNext(status: number, times?: number): void;
  /** Delay every answer (to provoke client timeouts). */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** Person documents (JSON text or objects); each is served under its current and former numbers. */
  documents: Iterable<string | object>;
  /** The bearer token the stand-in accepts. */
  token: string;
  port?: number;
}

const PATH = /^\/folkeregisteret\/offentlig-med-hjemmel\/api\/v1\/personer\/(\d{11})$/;
const KNOWN_PARTS = new Set(['person-basis', 'historikk', 'relasjon-utvidet', 'identitetsgrunnlag-utvidet']);

function send(res: ServerResponse, status: number, body?: object | string) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function startPopulationRegisterStandIn(options: StandInOptions): Promise<PopulationRegisterStandIn> {
  const byNumber = new Map<string, string>();
  for (const document of options.documents) {
    const text = typeof document === 'string' ? document : JSON.stringify(document);
    const parsed = parsePersonDocument(text);
    if (!parsed.ok) throw new Error(`the stand-in was given a document it cannot read (${parsed.reason})`);
    byNumber.set(parsed.record.nationalId, text);
    for (const former of parsed.record.formerNationalIds) byNumber.set(former, text);
  }
  const requests: PopulationRegisterStandIn['requests'] = [];
  let failures: { status: number; times: number } | undefined;
  let delayMs = 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const parts = url.searchParams.getAll('part');
    const authorised = req.headers.authorization === `Bearer ${options.token}`;
    requests.push({ method: req.method ?? '', path: url.pathname, parts, authorised });
    if (failures && failures.times > 0) {
      failures.times--;
      return send(res, failures.status, { kode: 'FEIL', melding: 'Simulert feil' });
    }
    if (req.method !== 'GET') return send(res, 405, { kode: 'FREG-405', melding: 'Metoden er ikke tillatt' });
    if (!authorised) return send(res, 401, { kode: 'FREG-401', melding: 'Mangler gyldig token' });
    const match = PATH.exec(url.pathname);
    if (!match) return send(res, 400, { kode: 'FREG-400', melding: 'Ugyldig forespørsel' });
    if (parts.some((p) => !KNOWN_PARTS.has(p))) return send(res, 400, { kode: 'FREG-400', melding: 'Ukjent part' });
    const accept = req.headers.accept ?? '*/*';
    if (!/application\/json|\*\/\*/.test(accept)) return send(res, 406, { kode: 'FREG-406', melding: 'Kun JSON' });
    const document = byNumber.get(match[1] as string);
    if (!document) return send(res, 404, { kode: 'FREG-404', melding: 'Fant ikke person' });
    return send(res, 200, document);
  };

  const server = createServer((req, res) => {
    // Consume any request body before answering.
    req.resume();
    req.on('end', () => {
      if (delayMs > 0) setTimeout(() => handle(req, res), delayMs);
      else handle(req, res);
    });
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(status, times = 1) {
      failures = { status, times };
    },
    setDelay(ms) {
      delayMs = ms;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
