/**
 * Looks up one person in Folkeregisteret's API for public bodies with legal authority ("offentlig med hjemmel"),
 * with the parts the platform needs: person-basis (name, birth, status, address, protection) and
 * relasjon-utvidet (foreldreansvar). Authorisation is a Maskinporten bearer token from `token()`.
 *
 * Errors never carry the national id (it is in the URL, so neither the URL nor the underlying error is kept).
 */
import { parseNationalId } from '../../domain/national-id.ts';
import { type PopulationRecord, parsePersonDocument, type RejectionReason } from './person-document.ts';

export interface PopulationRegister {
  /** The person's current record, or null when the register has no person with this number. */
  fetchPerson(nationalId: string): Promise<PopulationRecord | null>;
}

export type PopulationRegisterErrorKind =
  /** The number is not a valid national identity number; nothing was sent. */
  | 'invalid_national_id'
  /** 401 or 403: the token was refused or lacks the scope. */
  | 'unauthorised'
  /** No answer within the timeout. */
  | 'timeout'
  /** The connection failed. */
  | 'network'
  /** Any other HTTP status. */
  | 'http_status'
  /** The answer was not a usable person document. */
  | 'invalid_document';

export class PopulationRegisterError extends Error {
  constructor(
    readonly kind: PopulationRegisterErrorKind,
    readonly details: { status?: number; reason?: RejectionReason } = {},
  ) {
    const suffix = details.status ? ` (HTTP ${details.status})` : details.reason ? ` (${details.reason})` : '';
    super(`Population register lookup failed: ${kind}${suffix}`);
    this.name = 'PopulationRegisterError';
  }
}

export interface HttpPopulationRegisterOptions {
  /** e.g. https://folkeregisteret.api.skatteetaten.no (production) or the consumer test environment. */
  baseUrl: string;
  /** Returns a current access token (Maskinporten, scope folkeregister:deling/offentligmedhjemmel). */
  token: () => Promise<string>;
  /** Per request, default 10 s. */
  timeoutMs?: number;
  /** Largest answer accepted, default 2 MB. */
  maxResponseBytes?: number;
  fetch?: typeof fetch;
}

export const PERSON_PATH = '/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/';
export const PERSON_PARTS = ['person-basis', 'relasjon-utvidet'] as const;

export function createHttpPopulationRegister(options: HttpPopulationRegisterOptions): PopulationRegister {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 2_000_000;
  const doFetch = options.fetch ?? fetch;
  const query = PERSON_PARTS.map((part) => `part=${encodeURIComponent(part)}`).join('&');

  return {
    async fetchPerson(nationalId) {
      const parsed = parseNationalId(nationalId);
      if (!parsed.ok) throw new PopulationRegisterError('invalid_national_id');
      const id = parsed.id.value;
      const token = await options.token();
      let response: Response;
      let body: string;
      try {
        response = await doFetch(`${base}${PERSON_PATH}${id}?${query}`, {
          method: 'GET',
          headers: { accept: 'application/json', authorization: `Bearer ${token}` },
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.status === 404) {
          await response.body?.cancel();
          return null;
        }
        if (response.status === 401 || response.status === 403) {
          await response.body?.cancel();
          throw new PopulationRegisterError('unauthorised', { status: response.status });
        }
        if (!response.ok) {
          await response.body?.cancel();
          throw new PopulationRegisterError('http_status', { status: response.status });
        }
        const length = Number(response.headers.get('content-length') ?? '0');
        if (length > maxBytes) {
          await response.body?.cancel();
          throw new PopulationRegisterError('invalid_document', { reason: 'line_too_long' });
        }
        body = await response.text();
      } catch (error) {
        if (error instanceof PopulationRegisterError) throw error;
        const name = (error as { name?: string }).name;
        if (name === 'TimeoutError' || name === 'AbortError') throw new PopulationRegisterError('timeout');
        throw new PopulationRegisterError('network');
      }
      if (body.length > maxBytes) throw new PopulationRegisterError('invalid_document', { reason: 'line_too_long' });
      const result = parsePersonDocument(body);
      if (!result.ok) throw new PopulationRegisterError('invalid_document', { reason: result.reason });
      // The answer must be about the person asked for (or name that number as a former one).
      const record = result.record;
      if (record.nationalId !== id && !record.formerNationalIds.includes(id)) {
        throw new PopulationRegisterError('invalid_document');
      }
      return record;
    },
  };
}
