/**
 * Translation keys for codes the server sends (roles, audit actions, system reasons, login errors). Kept as tables so
 * labels.test.ts can check that every code has a text in every language.
 */
import type { Role } from './api/client.ts';
import type { LoginError } from './auth.ts';

export const ROLE_LABELS: Record<Role, string> = {
  guardian: 'roleName.guardian',
  youth: 'roleName.youth',
  provider_admin: 'roleName.provider_admin',
  venue_staff: 'roleName.venue_staff',
  caseworker: 'roleName.caseworker',
  leisure_guide: 'roleName.leisure_guide',
  municipality_admin: 'roleName.municipality_admin',
  platform_operator: 'roleName.platform_operator',
};

/** Actions written to the audit log that people see in the app. */
export const AUDIT_ACTIONS = [
  'family.read',
  'family.export',
  'person.lookup',
  'audit.search',
  'role.grant',
  'role.revoke',
  'access.denied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const ACTION_LABELS: Record<AuditAction, string> = {
  'family.read': 'auditAction.familyRead',
  'family.export': 'auditAction.familyExport',
  'person.lookup': 'auditAction.personLookup',
  'audit.search': 'auditAction.auditSearch',
  'role.grant': 'auditAction.roleGrant',
  'role.revoke': 'auditAction.roleRevoke',
  'access.denied': 'auditAction.accessDenied',
};

/** Reasons the server writes itself (a caseworker's own reason is shown as written). */
export const SYSTEM_REASONS: Record<string, string> = {
  'own family': 'reason.ownFamily',
  'right of access': 'reason.rightOfAccess',
};

export const LOGIN_ERROR_LABELS: Record<LoginError, string> = {
  unknown_state: 'loginError.unknown_state',
  expired_transaction: 'loginError.expired_transaction',
  access_denied: 'loginError.access_denied',
  acr_too_low: 'loginError.acr_too_low',
  missing_pid: 'loginError.missing_pid',
  invalid_token: 'loginError.invalid_token',
  provider_error: 'loginError.provider_error',
  state_mismatch: 'loginError.state_mismatch',
  login_unavailable: 'loginError.login_unavailable',
  unknown: 'loginError.unknown',
};

type Translate = (key: string) => string;

/** A role's name, or the code itself for a role this app does not know yet. */
export function roleLabel(t: Translate, role: string | null | undefined): string {
  if (!role) return '';
  return role in ROLE_LABELS ? t(ROLE_LABELS[role as Role]) : role;
}

export function actionLabel(t: Translate, action: string): string {
  return action in ACTION_LABELS ? t(ACTION_LABELS[action as AuditAction]) : action;
}

export function reasonLabel(t: Translate, reason: string | null | undefined): string {
  if (!reason) return '';
  const key = SYSTEM_REASONS[reason];
  return key ? t(key) : reason;
}
