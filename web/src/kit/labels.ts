/**
 * Translation keys for codes the server sends (roles, audit actions, system reasons, login errors). Kept as tables so
 * labels.test.ts can check that every code has a text in every language.
 */

import type {
  ActivityKind,
  Eligibility,
  FeeKind,
  PeriodKind,
  PlacementReason,
  ResidenceRule,
  SchemeProviderKind,
  TransferReason,
} from '../api/cards.ts';
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
  'scheme.create': 'auditAction.schemeCreate',
  'scheme.update': 'auditAction.schemeUpdate',
  'grants.run': 'auditAction.grantsRun',
  'scheme.placement.create': 'auditAction.schemePlacementCreate',
  'scheme.placement.end': 'auditAction.schemePlacementEnd',
  'scheme.placement.list': 'auditAction.schemePlacementList',
  'expiry.run': 'auditAction.expiryRun',
  'correction.prepare': 'auditAction.correctionPrepare',
  'correction.approve': 'auditAction.correctionApprove',
  'correction.list': 'auditAction.correctionList',
  'card.read': 'auditAction.cardRead',
  'enrolment.create': 'auditAction.enrolmentCreate',
  'enrolment.confirm': 'auditAction.enrolmentConfirm',
  'enrolment.abandon': 'auditAction.enrolmentAbandon',
  'enrolment.cancel': 'auditAction.enrolmentCancel',
  'enrolment.read': 'auditAction.enrolmentRead',
  'participants.read': 'auditAction.participantsRead',
  'payout.settings': 'auditAction.payoutSettings',
  'payout.prepare': 'auditAction.payoutPrepare',
  'payout.approve': 'auditAction.payoutApprove',
  'payout.file': 'auditAction.payoutFile',
  'payout.sent': 'auditAction.payoutSent',
  'payout.paid': 'auditAction.payoutPaid',
  'payout.import': 'auditAction.payoutImport',
  'payout.status.read': 'auditAction.payoutStatusRead',
  'payment_request.create': 'auditAction.paymentRequestCreate',
  'payment_request.read': 'auditAction.paymentRequestRead',
  'payment_request.withdraw': 'auditAction.paymentRequestWithdraw',
  'payment_request.pay': 'auditAction.paymentRequestPay',
  'payment_request.paid': 'auditAction.paymentRequestPaid',
  'payment_request.abandon': 'auditAction.paymentRequestAbandon',
  'activity.create': 'activityTerms.audit.create',
  'activity.update': 'activityTerms.audit.update',
  'ticket.offer.create': 'auditAction.ticketOfferCreate',
  'ticket.offer.update': 'auditAction.ticketOfferUpdate',
  'ticket.claim': 'auditAction.ticketClaim',
  'ticket.allocate': 'auditAction.ticketAllocate',
  'ticket.return': 'auditAction.ticketReturn',
  'ticket.redeem': 'auditAction.ticketRedeem',
  'ticket.read': 'auditAction.ticketRead',
};

/** What a transaction on a card was, in the plain words a bank statement uses. */
export const TRANSFER_REASON_LABELS: Record<TransferReason, string> = {
  grant: 'transferReason.grant',
  payment: 'transferReason.payment',
  refund: 'transferReason.refund',
  expiry: 'transferReason.expiry',
  payout: 'transferReason.payout',
  top_up: 'transferReason.top_up',
  reversal: 'transferReason.reversal',
  release: 'transferReason.release',
  hold: 'transferReason.hold',
};

/** The codes of a scheme's rules, each with its text (the scheme form's choices and the scheme pages). */
export const ELIGIBILITY_LABELS: Record<Eligibility, string> = {
  universal: 'schemeCode.eligibility.universal',
  means_tested: 'schemeCode.eligibility.means_tested',
};
export const RESIDENCE_LABELS: Record<ResidenceRule, string> = {
  registered_resident: 'schemeCode.residence.registered_resident',
  none: 'schemeCode.residence.none',
};
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  half_year: 'schemeCode.periodKind.half_year',
  calendar_year: 'schemeCode.periodKind.calendar_year',
};
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  organised: 'schemeCode.activityKind.organised',
  holiday: 'schemeCode.activityKind.holiday',
  camp: 'schemeCode.activityKind.camp',
  tournament: 'schemeCode.activityKind.tournament',
  event: 'schemeCode.activityKind.event',
  experience: 'schemeCode.activityKind.experience',
  self_organised: 'schemeCode.activityKind.self_organised',
};
export const FEE_KIND_LABELS: Record<FeeKind, string> = {
  participation: 'schemeCode.feeKind.participation',
  licence: 'schemeCode.feeKind.licence',
  membership: 'schemeCode.feeKind.membership',
  equipment: 'schemeCode.feeKind.equipment',
  cup: 'schemeCode.feeKind.cup',
  camp: 'schemeCode.feeKind.camp',
  event: 'schemeCode.feeKind.event',
  ticket: 'schemeCode.feeKind.ticket',
};
export const PROVIDER_KIND_LABELS: Record<SchemeProviderKind, string> = {
  voluntary: 'providerKind.voluntary',
  municipal: 'providerKind.municipal',
  commercial: 'providerKind.commercial',
  private: 'providerKind.private',
};
export const PLACEMENT_REASON_LABELS: Record<PlacementReason, string> = {
  low_income: 'schemeCode.placementReason.low_income',
  child_welfare: 'schemeCode.placementReason.child_welfare',
  refugee: 'schemeCode.placementReason.refugee',
  health: 'schemeCode.placementReason.health',
  other: 'schemeCode.placementReason.other',
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
  'population sync': 'systemActor.populationSync',
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

/** A transaction's kind, or the code itself for one this app does not know yet. */
export function transferReasonLabel(t: Translate, reason: string): string {
  return Object.hasOwn(TRANSFER_REASON_LABELS, reason) ? t(TRANSFER_REASON_LABELS[reason as TransferReason]) : reason;
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
