/** Tables of login, sessions, role assignments and audit (migration 0003). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface StaffUserTable {
  id: Generated<string>;
  issuer: string;
  subject: string;
  name: string;
  email: string | null;
  platformOperator: Generated<boolean>;
  createdAt: Timestamp;
  lastLoginAt: Date | null;
}

export interface RoleAssignmentTable {
  municipalityId: number;
  id: Generated<string>;
  role: 'provider_admin' | 'venue_staff' | 'caseworker' | 'leisure_guide' | 'municipality_admin';
  staffUserId: string | null;
  citizenHash: Uint8Array | null;
  holderName: string;
  providerId: string | null;
  protectedAccess: Generated<boolean>;
  grantedBy: string;
  grantedAt: Timestamp;
  revokedAt: Date | null;
}

export interface LoginTransactionTable {
  state: string;
  kind: 'citizen' | 'staff';
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  createdAt: Timestamp;
}

export interface SessionTable {
  tokenHash: Uint8Array;
  kind: 'citizen' | 'staff';
  citizenHash: Uint8Array | null;
  staffUserId: string | null;
  displayName: string;
  acr: string | null;
  csrfToken: string;
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
  expiresAt: Date;
  endedAt: Date | null;
  endReason: string | null;
}

export interface SecurityEventTable {
  id: Generated<number>;
  occurredAt: Timestamp;
  kind: string;
  reason: string;
  requestId: string | null;
  details: Json<Record<string, unknown>>;
}

export interface AuditEventTable {
  municipalityId: number;
  id: Generated<number>;
  occurredAt: Timestamp;
  actorKind: 'citizen' | 'staff' | 'system';
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  action: string;
  outcome: ColumnType<'allowed' | 'denied', 'allowed' | 'denied' | undefined, never>;
  subjectPersonId: string | null;
  reason: string | null;
  requestId: string | null;
  details: Json<Record<string, unknown>>;
}

export type IdentityTables = {
  staffUser: StaffUserTable;
  roleAssignment: RoleAssignmentTable;
  loginTransaction: LoginTransactionTable;
  session: SessionTable;
  securityEvent: SecurityEventTable;
  auditEvent: AuditEventTable;
};
