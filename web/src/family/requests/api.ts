/** Payment requests as the family sees and pays them. Types come from schema.d.ts. */
import { apiRequest, municipalityPath } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';

export type FamilyPaymentRequest = components['schemas']['FamilyPaymentRequest'];

const requestPath = (k: string, requestId: string) =>
  `${municipalityPath(k)}/payment-requests/${encodeURIComponent(requestId)}`;

export function listFamilyRequests(k: string, signal?: AbortSignal): Promise<FamilyPaymentRequest[]> {
  return apiRequest(`${municipalityPath(k)}/payment-requests`, { signal });
}

/** Pays with the card what it covers; any rest waits in Vipps (follow paymentUrl). */
export function payRequest(k: string, requestId: string): Promise<FamilyPaymentRequest> {
  return apiRequest(`${requestPath(k, requestId)}/pay`, { method: 'POST' });
}

/** After Vipps: the request, its payment settled now when the outcome is known. */
export function refreshRequest(k: string, requestId: string): Promise<FamilyPaymentRequest> {
  return apiRequest(`${requestPath(k, requestId)}/refresh`, { method: 'POST' });
}
