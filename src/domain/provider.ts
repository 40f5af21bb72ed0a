/**
 * Rules about providers (tilbydere): what kinds there are, what a profile may hold, and how the municipality's
 * decision on a registration moves its status. Pure, no I/O.
 */
import { parseBankAccount } from './bank-account.ts';

export const PROVIDER_KINDS = ['voluntary', 'municipal', 'commercial', 'private'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export const PROVIDER_DECISIONS = ['approve', 'reject', 'suspend'] as const;
export type ProviderDecision = (typeof PROVIDER_DECISIONS)[number];

export const PROVIDER_LIMITS = {
  nameMax: 200,
  descriptionMax: 5000,
  emailMax: 254,
  urlMax: 2000,
  socialLinksMax: 6,
  decisionNoteMax: 2000,
} as const;

export function isProviderKind(value: string): value is ProviderKind {
  return (PROVIDER_KINDS as readonly string[]).includes(value);
}

/** The status a decision leads to from the current one, or null when the decision does not apply. */
export function statusAfterDecision(current: ProviderStatus, decision: ProviderDecision): ProviderStatus | null {
  switch (decision) {
    case 'approve':
      return current === 'pending' || current === 'suspended' || current === 'rejected' ? 'approved' : null;
    case 'reject':
      return current === 'pending' ? 'rejected' : null;
    case 'suspend':
      return current === 'approved' ? 'suspended' : null;
  }
}

/** Rejecting or suspending a provider must say why; the provider is told. */
export function decisionNeedsNote(decision: ProviderDecision): boolean {
  return decision !== 'approve';
}

export function isValidEmail(value: string): boolean {
  if (value.length > PROVIDER_LIMITS.emailMax) return false;
  // A plain address, without display name or list separators, so the mail outbox takes it as it is.
  return /^[^\s@<>",;]+@[^\s@<>",;.]+(\.[^\s@<>",;.]+)+$/.test(value);
}

/**
 * A phone number in E.164 form (+4791234567): Norwegian numbers as eight digits (first digit 2–9), with or without
 * +47/0047; other countries with + or 00 and the country code. Spaces, dashes and parentheses are ignored.
 * Null when it is not a phone number.
 */
export function normalisePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-()]/g, '');
  if (/^[2-9]\d{7}$/.test(compact)) return `+47${compact}`;
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  if (/^\+47/.test(international)) return /^\+47[2-9]\d{7}$/.test(international) ? international : null;
  return /^\+[1-9]\d{6,14}$/.test(international) ? international : null;
}

/** An absolute http(s) address on a named host, without credentials. */
export function isHttpUrl(value: string): boolean {
  if (value.length > PROVIDER_LIMITS.urlMax || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  return url.hostname.includes('.') || url.hostname === 'localhost';
}

/**
 * A website as the entity register gives it ("www.klubben.no") turned into an address the profile accepts,
 * or null when it cannot be.
 */
export function websiteFromRegister(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (isHttpUrl(trimmed)) return trimmed;
  const withScheme = `https://${trimmed}`;
  return isHttpUrl(withScheme) ? withScheme : null;
}

/** The fields of a provider's presentation that the provider edits. Absent fields are not checked. */
export interface ProfileInput {
  name?: string;
  description?: string;
  email?: string;
  phone?: string | null;
  website?: string | null;
  socialLinks?: readonly string[];
  bankAccount?: string | null;
}

export interface ProfileValues {
  name?: string;
  description?: string;
  email?: string;
  phone?: string | null;
  website?: string | null;
  socialLinks?: string[];
  bankAccount?: string | null;
}

export interface ProfileIssue {
  /** The field in the input, e.g. 'socialLinks/2'. */
  field: string;
  /** Message key under `field.` in the locale files. */
  rule: string;
  params?: Record<string, number>;
}

/**
 * Checks and normalises a profile: trims texts, turns empty optional texts into null, phone numbers into
 * E.164 and bank account numbers into their eleven digits.
 */
export function checkProfile(input: ProfileInput): { values: ProfileValues; issues: ProfileIssue[] } {
  const issues: ProfileIssue[] = [];
  const values: ProfileValues = {};
  const optional = (v: string | null | undefined) => {
    const t = v?.trim();
    return t ? t : null;
  };

  if (input.name !== undefined) {
    const name = input.name.trim();
    if (name.length === 0) issues.push({ field: 'name', rule: 'required' });
    else if (name.length > PROVIDER_LIMITS.nameMax)
      issues.push({ field: 'name', rule: 'maxLength', params: { limit: PROVIDER_LIMITS.nameMax } });
    values.name = name;
  }
  if (input.description !== undefined) {
    const description = input.description.trim();
    if (description.length > PROVIDER_LIMITS.descriptionMax)
      issues.push({ field: 'description', rule: 'maxLength', params: { limit: PROVIDER_LIMITS.descriptionMax } });
    values.description = description;
  }
  if (input.email !== undefined) {
    const email = input.email.trim();
    if (email.length === 0) issues.push({ field: 'email', rule: 'required' });
    else if (!isValidEmail(email)) issues.push({ field: 'email', rule: 'email' });
    values.email = email;
  }
  if (input.phone !== undefined) {
    const phone = optional(input.phone);
    const normalised = phone === null ? null : normalisePhone(phone);
    if (phone !== null && normalised === null) issues.push({ field: 'phone', rule: 'phone' });
    values.phone = normalised;
  }
  if (input.website !== undefined) {
    const website = optional(input.website);
    if (website !== null && !isHttpUrl(website)) issues.push({ field: 'website', rule: 'url' });
    values.website = website;
  }
  if (input.socialLinks !== undefined) {
    const links: string[] = [];
    input.socialLinks.forEach((raw, i) => {
      const link = raw.trim();
      if (link.length === 0) return;
      if (!isHttpUrl(link)) issues.push({ field: `socialLinks/${i}`, rule: 'url' });
      if (!links.includes(link)) links.push(link);
    });
    if (links.length > PROVIDER_LIMITS.socialLinksMax)
      issues.push({ field: 'socialLinks', rule: 'maxItems', params: { limit: PROVIDER_LIMITS.socialLinksMax } });
    values.socialLinks = links;
  }
  if (input.bankAccount !== undefined) {
    const typed = optional(input.bankAccount);
    const digits = typed === null ? null : parseBankAccount(typed);
    if (typed !== null && digits === null) issues.push({ field: 'bankAccount', rule: 'bankAccount' });
    values.bankAccount = digits;
  }
  return { values, issues };
}
