import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface AuditEntry {
  municipalityId: number;
  actorKind: 'citizen' | 'staff' | 'system';
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  subjectPersonId: string | null;
  reason: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  occurredAt: Date;
}

export interface AuditQuery {
  municipalityId: number;
  action?: string;
  subjectPersonIds?: readonly string[];
  actorName?: string;
  outcome?: 'allowed' | 'denied';
  /** Only the entries of this actor ('only'), or everyone else's ('exclude'). */
  actor?: { kind: 'citizen' | 'staff'; id: string; match: 'only' | 'exclude' };
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface SecurityEventEntry {
  kind: string;
  reason: string;
  requestId: string | null;
  details: Record<string, unknown>;
}

export function createAuditStore(db: Kysely<DB>) {
  return {
    async append(entries: readonly AuditEntry[]): Promise<void> {
      if (entries.length === 0) return;
      await db
        .insertInto('auditEvent')
        .values(entries.map((e) => ({ ...e, details: JSON.stringify(e.details) })))
        .execute();
    },

    async appendSecurityEvent(entry: SecurityEventEntry): Promise<void> {
      await db
        .insertInto('securityEvent')
        .values({ ...entry, details: JSON.stringify(entry.details) })
        .execute();
    },

    async search(query: AuditQuery): Promise<{ total: number; items: AuditRecord[] }> {
      let q = db.selectFrom('auditEvent').where('municipalityId', '=', query.municipalityId);
      if (query.action) q = q.where('action', '=', query.action);
      if (query.outcome) q = q.where('outcome', '=', query.outcome);
      if (query.subjectPersonIds) {
        if (query.subjectPersonIds.length === 0) return { total: 0, items: [] };
        q = q.where('subjectPersonId', 'in', query.subjectPersonIds);
      }
      if (query.actor) {
        const { kind, id, match } = query.actor;
        q =
          match === 'only'
            ? q.where('actorKind', '=', kind).where('actorId', '=', id)
            : q.where((eb) => eb.or([eb('actorKind', '<>', kind), eb('actorId', 'is', null), eb('actorId', '<>', id)]));
      }
      if (query.actorName)
        q = q.where(sql<string>`actor_name`, 'ilike', `%${query.actorName.replace(/[%_\\]/g, '\\$&')}%`);
      if (query.from)
        q = q.where('occurredAt', '>=', sql<Date>`(${query.from}::date)::timestamp at time zone 'Europe/Oslo'`);
      if (query.to)
        q = q.where('occurredAt', '<', sql<Date>`((${query.to}::date + 1)::timestamp at time zone 'Europe/Oslo')`);
      const [count, items] = await Promise.all([
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        q
          .selectAll()
          .orderBy('occurredAt', 'desc')
          .orderBy('id', 'desc')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
      ]);
      return { total: Number(count.n), items: items as AuditRecord[] };
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
