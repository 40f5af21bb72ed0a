import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';

/**
 * Retention: people who left the scheme's scope long enough ago are anonymised in place (set-based).
 * The row stays, so whatever refers to it (money history, audit log) keeps its integrity; what identified
 * the person (name, national id, birth day, address, family links) is gone.
 */
export function createRetentionStore(db: Kysely<DB>) {
  return {
    async anonymiseOutOfScope(input: {
      municipalityId: number;
      /** Changes older than this count as long enough ago. */
      cutoff: Date;
      /** People born on or before this date had turned 19 by the cutoff (out of scope long enough). */
      agedOutIfBornOnOrBefore: string;
      /** Children born after this date are under 19 today (in scope, and so are their guardians). */
      childIfBornAfter: string;
      dryRun: boolean;
    }): Promise<{ anonymised: number; guardianshipsRemoved: number }> {
      const { municipalityId, cutoff, agedOutIfBornOnOrBefore, childIfBornAfter, dryRun } = input;
      return inTransaction(db, async (trx) => {
        // A child is kept while resident and under 19; an adult is kept while guardian of a kept child.
        const candidates = sql`
          select p.id from person p
           where p.municipality_id = ${municipalityId}
             and p.anonymised_at is null
             and p.updated_at < ${cutoff}
             and (p.status in ('moved_out', 'deceased')
                  or p.birth_date <= ${agedOutIfBornOnOrBefore}::date)
             and not exists (
               select 1 from guardianship g
                 join person c on c.municipality_id = g.municipality_id and c.id = g.child_id
                where g.municipality_id = p.municipality_id and g.guardian_id = p.id
                  and c.anonymised_at is null and c.status = 'resident'
                  and c.birth_date > ${childIfBornAfter}::date)`;
        if (dryRun) {
          const rows = await sql<{ n: number }>`select count(*)::integer as n from (${candidates}) c`.execute(trx);
          return { anonymised: rows.rows[0]?.n ?? 0, guardianshipsRemoved: 0 };
        }
        const anonymised = await sql<{ id: string }>`
          update person p
             set given_name = 'Anonymisert', family_name = '',
                 national_id_hash = sha256(convert_to(gen_random_uuid()::text || p.id::text, 'UTF8')),
                 national_id_enc = ''::bytea,
                 birth_date = date_trunc('year', p.birth_date)::date,
                 street_address = null, postal_code = null, postal_place = null,
                 latitude = null, longitude = null, neighbourhood_id = null,
                 anonymised_at = now(), updated_at = now()
           where p.municipality_id = ${municipalityId} and p.id in (${candidates})
          returning p.id`.execute(trx);
        const removed = await sql<{ one: number }>`
          delete from guardianship g
           using person p
           where g.municipality_id = ${municipalityId} and p.municipality_id = g.municipality_id
             and (p.id = g.child_id or p.id = g.guardian_id) and p.anonymised_at is not null
          returning 1 as one`.execute(trx);
        // Guardianships ended by death name the former guardian: they go with the people too.
        await sql`
          delete from guardianship_ended g
           using person p
           where g.municipality_id = ${municipalityId} and p.municipality_id = g.municipality_id
             and (p.id = g.child_id or p.id = g.guardian_id) and p.anonymised_at is not null`.execute(trx);
        return { anonymised: anonymised.rows.length, guardianshipsRemoved: removed.rows.length };
      });
    },
  };
}

export type RetentionStore = ReturnType<typeof createRetentionStore>;
