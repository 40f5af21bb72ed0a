import { type Actor, actingRole } from '../../domain/access.ts';
import type { AuditAction } from '../../domain/audit.ts';
import type { AuditQuery, AuditRecord, AuditStore, SecurityEventEntry } from './store.ts';

export interface AuditInput {
  municipalityId: number;
  action: AuditAction;
  outcome?: 'allowed' | 'denied';
  /** Whose personal data was read or changed; one entry is written per person. */
  subjectPersonIds?: readonly string[];
  reason?: string | null;
  details?: Record<string, unknown>;
}

export function createAuditService(store: AuditStore) {
  function actorFields(actor: Actor | 'system') {
    if (actor === 'system') {
      return { actorKind: 'system' as const, actorId: null, actorName: 'system', actorRole: null, requestId: null };
    }
    const p = actor.principal;
    return {
      actorKind: p ? p.kind : ('citizen' as const),
      actorId: p ? (p.kind === 'staff' ? p.staffUserId : (actor.membership?.personId ?? null)) : null,
      actorName: p ? p.displayName : 'anonymous',
      actorRole:
        p?.platformOperator && !actor.membership ? 'platform_operator' : actingRole(actor.membership, actor.permission),
      requestId: actor.requestId,
    };
  }

  return {
    /** Appends to the audit log: one entry per subject person (or one without a subject). */
    async record(actor: Actor | 'system', input: AuditInput): Promise<void> {
      const base = {
        ...actorFields(actor),
        municipalityId: input.municipalityId,
        action: input.action,
        outcome: input.outcome ?? ('allowed' as const),
        reason: input.reason ?? null,
        details: input.details ?? {},
      };
      const subjects = input.subjectPersonIds && input.subjectPersonIds.length > 0 ? input.subjectPersonIds : [null];
      await store.append(subjects.map((subjectPersonId) => ({ ...base, subjectPersonId })));
    },

    async recordSecurityEvent(entry: SecurityEventEntry): Promise<void> {
      await store.appendSecurityEvent(entry);
    },

    async search(query: AuditQuery): Promise<{ total: number; items: AuditRecord[] }> {
      return store.search(query);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
