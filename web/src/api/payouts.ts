/**
 * Payouts to providers: batches prepared by one administrator and approved by another, and their files. Amounts
 * are whole øre. Built on the shared request function of client.ts.
 */
import { apiRequest, municipalityPath } from './client.ts';
import type { components } from './schema.d.ts';

type Schemas = components['schemas'];

export type PayoutBatchSummary = Schemas['PayoutBatchSummary'];
export type PayoutBatch = Schemas['PayoutBatch'];
export type PayoutBatchStatus = PayoutBatchSummary['status'];

const batchesPath = (kommunenummer: string) => `${municipalityPath(kommunenummer)}/payout-batches`;
const batchPath = (kommunenummer: string, batchId: number) => `${batchesPath(kommunenummer)}/${batchId}`;

export function listPayoutBatches(kommunenummer: string, signal?: AbortSignal): Promise<PayoutBatchSummary[]> {
  return apiRequest(batchesPath(kommunenummer), { signal });
}

/** Prepares a batch of everything payable to providers up to the end of a day. */
export function preparePayoutBatch(kommunenummer: string, upTo: string): Promise<PayoutBatch> {
  return apiRequest(batchesPath(kommunenummer), { method: 'POST', json: { upTo } });
}

/** Approves a batch another administrator prepared; the money moves. */
export function approvePayoutBatch(kommunenummer: string, batchId: number): Promise<PayoutBatch> {
  return apiRequest(`${batchPath(kommunenummer, batchId)}/approve`, { method: 'POST' });
}

/** Where the browser downloads a batch's payout file (pain.001) or accounting export (CSV). */
export function payoutFileUrl(kommunenummer: string, batchId: number, kind: 'pain001' | 'csv'): string {
  return `/api${batchPath(kommunenummer, batchId)}/${kind === 'pain001' ? 'pain001' : 'accounting.csv'}`;
}
