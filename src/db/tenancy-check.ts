import type { Database } from './database.ts';

/**
 * Tables that are not owned by one municipality. Reference tables (shared data) are replicated with Citus;
 * installation tables (logins, sessions, staff identities, security events, the payment provider's webhook
 * registration) stay on the coordinator.
 * Every other table must be tenant-owned: `municipality_id` leads its primary key and every foreign key
 * to another tenant table, so the whole schema can be distributed by municipality_id.
 */
export const REFERENCE_TABLES = new Set(['municipality', 'activity_category', 'organisation', 'schema_migration']);
export const INSTALLATION_TABLES = new Set([
  'staff_user',
  'login_transaction',
  'session',
  'security_event',
  // The installation's one webhook registration at the payment provider.
  'payment_webhook',
]);
const SHARED_TABLES = new Set([...REFERENCE_TABLES, ...INSTALLATION_TABLES]);

export interface TenancyViolation {
  table: string;
  problem: string;
}

interface KeyRow {
  table_name: string;
  constraint_name: string;
  constraint_type: 'PRIMARY KEY' | 'FOREIGN KEY';
  columns: string[];
  referenced_table: string | null;
  referenced_columns: string[] | null;
}

/** Reads the live schema and lists every table that breaks the tenancy rule. */
export async function checkTenancy(database: Database): Promise<TenancyViolation[]> {
  return database.rawTransaction(async (raw) => {
    const tables = await raw.query<{ table_name: string }>(
      `select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    );
    const keys = await raw.query<KeyRow>(
      `select rel.relname as table_name, con.conname as constraint_name,
              case con.contype when 'p' then 'PRIMARY KEY' else 'FOREIGN KEY' end as constraint_type,
              array(select att.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                      join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k.attnum
                     order by k.ord) as columns,
              ref.relname::text as referenced_table,
              case when con.contype = 'f' then
                array(select att.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                        join pg_attribute att on att.attrelid = con.confrelid and att.attnum = k.attnum
                       order by k.ord) end as referenced_columns
         from pg_constraint con
         join pg_class rel on rel.oid = con.conrelid
         join pg_namespace ns on ns.oid = rel.relnamespace
         left join pg_class ref on ref.oid = con.confrelid
        where ns.nspname = current_schema() and con.contype in ('p', 'f')`,
    );
    const violations: TenancyViolation[] = [];
    for (const { table_name: table } of tables) {
      if (SHARED_TABLES.has(table)) continue;
      const pk = keys.find((k) => k.table_name === table && k.constraint_type === 'PRIMARY KEY');
      if (!pk) {
        violations.push({ table, problem: 'has no primary key' });
        continue;
      }
      if (pk.columns[0] !== 'municipality_id') {
        violations.push({
          table,
          problem: `primary key (${pk.columns.join(', ')}) does not start with municipality_id`,
        });
      }
      for (const fk of keys.filter((k) => k.table_name === table && k.constraint_type === 'FOREIGN KEY')) {
        const target = fk.referenced_table ?? '';
        if (SHARED_TABLES.has(target)) continue;
        const pairs = fk.columns.map((c, i) => [c, fk.referenced_columns?.[i]]);
        const scoped = pairs.some(([from, to]) => from === 'municipality_id' && to === 'municipality_id');
        if (!scoped) {
          violations.push({
            table,
            problem: `foreign key ${fk.constraint_name} to tenant table ${target} does not include municipality_id`,
          });
        }
      }
    }
    return violations;
  });
}
