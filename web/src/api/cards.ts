/**
 * The leisure card's API: the municipality's schemes and grant runs, placements in means-tested schemes, and the
 * family's wallet. Amounts are whole øre. Built on the shared request function of client.ts.
 */
import { apiRequest, municipalityPath, type Page, queryString } from './client.ts';
import type { components } from './schema.d.ts';

type Schemas = components['schemas'];

export type Scheme = Schemas['Scheme'];
export type SchemeDetail = Schemas['SchemeDetail'];
export type SchemePeriod = Schemas['SchemePeriod'];
export type GrantReport = Schemas['GrantReport'];
export type GrantRun = Schemas['GrantRun'];
export type Placement = Schemas['Placement'];
export type WalletHolder = Schemas['WalletHolder'];
export type WalletCard = WalletHolder['cards'][number];
export type CardTransaction = WalletCard['transactions'][number];
export type TransferReason = CardTransaction['reason'];
export type Eligibility = Scheme['eligibility'];
export type ResidenceRule = Scheme['residence'];
export type PeriodKind = Scheme['periodKind'];
export type ActivityKind = Scheme['activityKinds'][number];
export type FeeKind = Scheme['feeKinds'][number];
export type SchemeProviderKind = Scheme['providerKinds'][number];
export type PlacementReason = Placement['reason'];

/** What an administrator sends to set up or change a scheme. */
export type SchemeInput = Omit<Scheme, 'id' | 'createdAt' | 'updatedAt' | 'currentPeriod'>;

export const ELIGIBILITY_KINDS: readonly Eligibility[] = ['universal', 'means_tested'];
export const RESIDENCE_RULES: readonly ResidenceRule[] = ['registered_resident', 'none'];
export const PERIOD_KINDS: readonly PeriodKind[] = ['half_year', 'calendar_year'];
export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'organised',
  'holiday',
  'camp',
  'tournament',
  'event',
  'experience',
  'self_organised',
];
export const FEE_KINDS: readonly FeeKind[] = [
  'participation',
  'licence',
  'membership',
  'equipment',
  'cup',
  'camp',
  'event',
  'ticket',
];
export const SCHEME_PROVIDER_KINDS: readonly SchemeProviderKind[] = ['voluntary', 'municipal', 'commercial', 'private'];
export const PLACEMENT_REASONS: readonly PlacementReason[] = [
  'low_income',
  'child_welfare',
  'refugee',
  'health',
  'other',
];

const schemesPath = (kommunenummer: string) => `${municipalityPath(kommunenummer)}/schemes`;
const schemePath = (kommunenummer: string, schemeId: string) =>
  `${schemesPath(kommunenummer)}/${encodeURIComponent(schemeId)}`;

export function listSchemes(kommunenummer: string, signal?: AbortSignal): Promise<Scheme[]> {
  return apiRequest(schemesPath(kommunenummer), { signal });
}

export function getScheme(kommunenummer: string, schemeId: string, signal?: AbortSignal): Promise<SchemeDetail> {
  return apiRequest(schemePath(kommunenummer, schemeId), { signal });
}

export function createScheme(kommunenummer: string, input: SchemeInput): Promise<Scheme> {
  return apiRequest(schemesPath(kommunenummer), { method: 'POST', json: input });
}

export function updateScheme(kommunenummer: string, schemeId: string, input: SchemeInput): Promise<Scheme> {
  return apiRequest(schemePath(kommunenummer, schemeId), { method: 'PUT', json: input });
}

/** Grants the current period's amount to every eligible child who has not had it. */
export function runGrants(kommunenummer: string, schemeId: string): Promise<GrantReport> {
  return apiRequest(`${schemePath(kommunenummer, schemeId)}/grant-runs`, { method: 'POST' });
}

export function listGrantRuns(kommunenummer: string, schemeId: string, signal?: AbortSignal): Promise<GrantRun[]> {
  return apiRequest(`${schemePath(kommunenummer, schemeId)}/grant-runs`, { signal });
}

export function listPlacements(
  kommunenummer: string,
  schemeId: string,
  params: { limit: number; offset: number; open: boolean },
  signal?: AbortSignal,
): Promise<Page<Placement>> {
  const query = queryString({ limit: params.limit, offset: params.offset, open: String(params.open) });
  return apiRequest(`${schemePath(kommunenummer, schemeId)}/placements${query}`, { signal });
}

export interface PlacementInput {
  personId: string;
  reason: PlacementReason;
  note: string;
}

export function placeChild(
  kommunenummer: string,
  schemeId: string,
  input: PlacementInput,
): Promise<{ placement: Placement; grantedOre: number }> {
  return apiRequest(`${schemePath(kommunenummer, schemeId)}/placements`, { method: 'POST', json: input });
}

export function endPlacement(kommunenummer: string, schemeId: string, placementId: string): Promise<void> {
  return apiRequest(`${schemePath(kommunenummer, schemeId)}/placements/${encodeURIComponent(placementId)}/end`, {
    method: 'POST',
  });
}

/** The family's cards: each child's (and a youth's own) cards with balance, period, expiry and transactions. */
export function getWallet(kommunenummer: string, signal?: AbortSignal): Promise<WalletHolder[]> {
  return apiRequest(`${municipalityPath(kommunenummer)}/cards`, { signal });
}

export type Enrolment = Schemas['Enrolment'];
export type EnrolmentStatus = Enrolment['status'];

const enrolmentsPath = (kommunenummer: string) => `${municipalityPath(kommunenummer)}/enrolments`;
const enrolmentPath = (kommunenummer: string, enrolmentId: string) =>
  `${enrolmentsPath(kommunenummer)}/${encodeURIComponent(enrolmentId)}`;

/**
 * Enrols a child (or a youth herself) and pays in the same step. `attemptKey` is chosen once per attempt and kept
 * while the person retries it, so that the same attempt enrols and pays once.
 */
export function enrol(
  kommunenummer: string,
  input: { activityId: string; childId: string },
  attemptKey: string,
): Promise<Enrolment> {
  return apiRequest(enrolmentsPath(kommunenummer), {
    method: 'POST',
    json: input,
    headers: { 'idempotency-key': attemptKey },
  });
}

/** The family's enrolments, with what the card and the family paid. */
export function listEnrolments(kommunenummer: string, signal?: AbortSignal): Promise<Enrolment[]> {
  return apiRequest(enrolmentsPath(kommunenummer), { signal });
}

/** After the payment app: the payment's outcome, settled when it is known. */
export function refreshEnrolment(kommunenummer: string, enrolmentId: string): Promise<Enrolment> {
  return apiRequest(`${enrolmentPath(kommunenummer, enrolmentId)}/refresh`, { method: 'POST' });
}

/** Takes a place offered from the waiting list, paying as at enrolment. */
export function payOfferedPlace(kommunenummer: string, enrolmentId: string): Promise<Enrolment> {
  return apiRequest(`${enrolmentPath(kommunenummer, enrolmentId)}/pay`, { method: 'POST' });
}

export function cancelEnrolment(kommunenummer: string, enrolmentId: string): Promise<Enrolment> {
  return apiRequest(`${enrolmentPath(kommunenummer, enrolmentId)}/cancel`, { method: 'POST' });
}

/** A new key for one enrolment attempt. */
export function newAttemptKey(): string {
  return crypto.randomUUID();
}
