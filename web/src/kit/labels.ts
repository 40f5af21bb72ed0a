/**
 * Translation keys for codes the server sends (roles, audit actions, system reasons, login errors). Kept as tables so
 * labels.test.ts can check that every code has a text in every language.
 */
import type { AuditAction, Role } from '../api/client.ts';
import type { SpokenLanguage } from '../api/providers.ts';
import type { LoginError } from '../auth.ts';

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

/** Every action the audit log records (the server's closed set), each with its text. */
export const ACTION_LABELS: Record<AuditAction, string> = {
  'family.read': 'auditAction.familyRead',
  'family.export': 'auditAction.familyExport',
  'person.lookup': 'auditAction.personLookup',
  'person.residence.confirm': 'auditAction.personResidenceConfirm',
  'audit.search': 'auditAction.auditSearch',
  'role.grant': 'auditAction.roleGrant',
  'role.revoke': 'auditAction.roleRevoke',
  'access.denied': 'auditAction.accessDenied',
  'population.import': 'auditAction.populationImport',
  'retention.preview': 'auditAction.retentionPreview',
  'retention.anonymise': 'auditAction.retentionAnonymise',
  'provider.register': 'auditAction.providerRegister',
  'provider.update': 'auditAction.providerUpdate',
  'provider.bank_account.change': 'auditAction.providerBankAccountChange',
  'provider.decision': 'auditAction.providerDecision',
  'provider.invitation.create': 'auditAction.providerInvitationCreate',
  'provider.invitation.list': 'auditAction.providerInvitationList',
  'provider.invitation.revoke': 'auditAction.providerInvitationRevoke',
  'provider.invitation.accept': 'auditAction.providerInvitationAccept',
  'support_offer.create': 'auditAction.supportOfferCreate',
  'support_offer.update': 'auditAction.supportOfferUpdate',
  'support_offer.delete': 'auditAction.supportOfferDelete',
  'news.send': 'auditAction.newsSend',
};

/** The actions in the order the audit page offers them as a filter. */
export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS) as AuditAction[];

/** Reasons the server writes itself (a caseworker's own reason is shown as written). */
export const SYSTEM_REASONS: Record<string, string> = {
  'own family': 'reason.ownFamily',
  'right of access': 'reason.rightOfAccess',
};

/**
 * Who granted a role when no person did: the server writes these names itself (src/modules/identity/service.ts).
 * A person's name is shown as written.
 */
export const SYSTEM_ACTORS: Record<string, string> = {
  'installation set-up': 'systemActor.installation',
  system: 'systemActor.system',
};

/**
 * Every language an activity can be held in (the server's closed set), named in our own texts: the browser's
 * language names lack some of them (Northern Sami showed as "se") and differ between browsers.
 */
export const LANGUAGE_LABELS: Record<SpokenLanguage, string> = {
  nb: 'spokenLanguage.nb',
  nn: 'spokenLanguage.nn',
  se: 'spokenLanguage.se',
  en: 'spokenLanguage.en',
  ar: 'spokenLanguage.ar',
  so: 'spokenLanguage.so',
  uk: 'spokenLanguage.uk',
  pl: 'spokenLanguage.pl',
  lt: 'spokenLanguage.lt',
  ti: 'spokenLanguage.ti',
  fa: 'spokenLanguage.fa',
  ps: 'spokenLanguage.ps',
  ur: 'spokenLanguage.ur',
  tr: 'spokenLanguage.tr',
  ku: 'spokenLanguage.ku',
  ru: 'spokenLanguage.ru',
  es: 'spokenLanguage.es',
  pt: 'spokenLanguage.pt',
  fr: 'spokenLanguage.fr',
  de: 'spokenLanguage.de',
  it: 'spokenLanguage.it',
  ro: 'spokenLanguage.ro',
  sv: 'spokenLanguage.sv',
  da: 'spokenLanguage.da',
  fi: 'spokenLanguage.fi',
  is: 'spokenLanguage.is',
  sq: 'spokenLanguage.sq',
  bs: 'spokenLanguage.bs',
  hr: 'spokenLanguage.hr',
  sr: 'spokenLanguage.sr',
  th: 'spokenLanguage.th',
  vi: 'spokenLanguage.vi',
  tl: 'spokenLanguage.tl',
  zh: 'spokenLanguage.zh',
  ta: 'spokenLanguage.ta',
  hi: 'spokenLanguage.hi',
  am: 'spokenLanguage.am',
  sw: 'spokenLanguage.sw',
  ne: 'spokenLanguage.ne',
  my: 'spokenLanguage.my',
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

/** Who granted something: the system's own names translated, a person's name as written. */
export function actorLabel(t: Translate, name: string): string {
  const key = Object.hasOwn(SYSTEM_ACTORS, name) ? SYSTEM_ACTORS[name] : undefined;
  return key ? t(key) : name;
}

/** A language's name (ISO 639-1 code) in the reader's language, or the code itself for one this app does not know. */
export function languageLabel(t: Translate, code: string): string {
  return Object.hasOwn(LANGUAGE_LABELS, code) ? t(LANGUAGE_LABELS[code as SpokenLanguage]) : code;
}
