/**
 * What the audit log records, as a closed set of codes: the app shows each in the reader's language, and an
 * action nobody can name cannot be written. Add the code here (and its text in the web app) with the use case
 * that writes it.
 */
export const AUDIT_ACTIONS = [
  'family.read',
  'family.export',
  'person.lookup',
  'person.residence.confirm',
  'audit.search',
  'role.grant',
  'role.revoke',
  'access.denied',
  'population.import',
  'retention.preview',
  'retention.anonymise',
  'provider.register',
  'provider.update',
  'provider.bank_account.change',
  'provider.decision',
  'provider.invitation.create',
  'provider.invitation.list',
  'provider.invitation.revoke',
  'provider.invitation.accept',
  'support_offer.create',
  'support_offer.update',
  'support_offer.delete',
  'news.send',
  'scheme.create',
  'scheme.update',
  'grants.run',
  'scheme.placement.create',
  'scheme.placement.end',
  'scheme.placement.list',
  'card.read',
  'enrolment.create',
  'enrolment.confirm',
  'enrolment.abandon',
  'enrolment.cancel',
  'enrolment.read',
  'participants.read',
  'payment_request.create',
  'payment_request.read',
  'payment_request.withdraw',
  'payment_request.pay',
  'payment_request.paid',
  'payment_request.abandon',
  'activity.create',
  'activity.update',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
