/** Payment requests as a provider sends, lists and withdraws them. Types come from schema.d.ts. */
import { apiRequest, municipalityPath } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';

export type ProviderPaymentRequest = components['schemas']['ProviderPaymentRequest'];
export type RequestFeeKind = ProviderPaymentRequest['feeKind'];

export interface SendRequestInput {
  feeKind: RequestFeeKind;
  amountOre: number;
  dueDate: string;
  description?: string;
  invoiceNumber?: string;
  kid?: string;
}

const activityRequests = (k: string, providerId: string, activityId: string) =>
  `${municipalityPath(k)}/providers/${encodeURIComponent(providerId)}/activities/${encodeURIComponent(activityId)}/payment-requests`;

export function listActivityRequests(
  k: string,
  providerId: string,
  activityId: string,
  signal?: AbortSignal,
): Promise<ProviderPaymentRequest[]> {
  return apiRequest(activityRequests(k, providerId, activityId), { signal });
}

/** Sends the request to every child enrolled in the activity; `attemptKey` is kept while the person retries. */
export function sendToActivity(
  k: string,
  providerId: string,
  activityId: string,
  input: SendRequestInput,
  attemptKey: string,
): Promise<ProviderPaymentRequest[]> {
  return apiRequest(activityRequests(k, providerId, activityId), {
    method: 'POST',
    json: input,
    headers: { 'idempotency-key': attemptKey },
  });
}

export function withdrawRequest(k: string, providerId: string, requestId: string): Promise<ProviderPaymentRequest> {
  return apiRequest(
    `${municipalityPath(k)}/providers/${encodeURIComponent(providerId)}/payment-requests/${encodeURIComponent(requestId)}/withdraw`,
    { method: 'POST' },
  );
}

/** The page of an activity's payment requests. */
export const requestsPath = (providerId: string, activityId: string) =>
  `/organisation/${encodeURIComponent(providerId)}/activities/${encodeURIComponent(activityId)}/requests`;
