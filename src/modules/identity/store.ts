import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RoleAssignmentTable } from '../../db/tables/identity.ts';
import { inTransaction } from '../../db/transaction.ts';

export type AssignedRole = RoleAssignmentTable['role'];

export interface SessionRow {
  tokenHash: Uint8Array;
  kind: 'citizen' | 'staff';
  citizenHash: Uint8Array | null;
  staffUserId: string | null;
  displayName: string;
  acr: string | null;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  endReason: string | null;
}

export interface RoleAssignmentRow {
  municipalityId: number;
  id: string;
  role: AssignedRole;
  staffUserId: string | null;
  holderName: string;
  providerId: string | null;
  protectedAccess: boolean;
  grantedBy: string;
  grantedAt: Date;
}

const ASSIGNMENT_COLUMNS = [
  'municipalityId',
  'id',
  'role',
  'staffUserId',
  'holderName',
  'providerId',
  'protectedAccess',
  'grantedBy',
  'grantedAt',
] as const;

export function createIdentityStore(db: Kysely<DB>) {
  return {
    async saveLoginTransaction(row: {
      state: string;
      kind: 'citizen' | 'staff';
      nonce: string;
      codeVerifier: string;
      returnTo: string;
    }): Promise<void> {
      await db.insertInto('loginTransaction').values(row).execute();
    },

    /** Removes and returns the transaction: a state can be used once. */
    async takeLoginTransaction(state: string) {
      return db.deleteFrom('loginTransaction').where('state', '=', state).returningAll().executeTakeFirst();
    },

    async deleteStaleLoginTransactions(olderThan: Date): Promise<void> {
      await db.deleteFrom('loginTransaction').where('createdAt', '<', olderThan).execute();
    },

    async upsertStaffUser(input: { issuer: string; subject: string; name: string; email: string | null }) {
      return db
        .insertInto('staffUser')
        .values({ ...input, lastLoginAt: new Date() })
        .onConflict((oc) =>
          oc
            .columns(['issuer', 'subject'])
            .doUpdateSet({ name: input.name, email: input.email, lastLoginAt: new Date() }),
        )
        .returning(['id', 'name', 'platformOperator'])
        .executeTakeFirstOrThrow();
    },

    async setPlatformOperator(id: string, platformOperator: boolean): Promise<void> {
      await db.updateTable('staffUser').set({ platformOperator }).where('id', '=', id).execute();
    },

    async findStaffUser(id: string) {
      return db
        .selectFrom('staffUser')
        .select(['id', 'name', 'email', 'platformOperator'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async findStaffUserByEmail(email: string) {
      return db
        .selectFrom('staffUser')
        .select(['id', 'name', 'email'])
        .where(sql<string>`lower(email)`, '=', email.toLowerCase())
        .executeTakeFirst();
    },

    async insertSession(row: {
      tokenHash: Buffer;
      kind: 'citizen' | 'staff';
      citizenHash: Buffer | null;
      staffUserId: string | null;
      displayName: string;
      acr: string | null;
      csrfToken: string;
      expiresAt: Date;
    }): Promise<void> {
      await db.insertInto('session').values(row).execute();
    },

    async findSession(tokenHash: Buffer): Promise<SessionRow | undefined> {
      return db.selectFrom('session').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
    },

    async touchSession(tokenHash: Buffer, at: Date): Promise<void> {
      await db.updateTable('session').set({ lastSeenAt: at }).where('tokenHash', '=', tokenHash).execute();
    },

    async endSession(tokenHash: Buffer, reason: string): Promise<void> {
      await db
        .updateTable('session')
        .set({ endedAt: new Date(), endReason: reason })
        .where('tokenHash', '=', tokenHash)
        .where('endedAt', 'is', null)
        .execute();
    },

    /** Active role assignments of a citizen (by keyed national-id hash) or a staff user, in every municipality. */
    async activeAssignments(holder: { citizenHash: Buffer } | { staffUserId: string }): Promise<RoleAssignmentRow[]> {
      let q = db.selectFrom('roleAssignment').select(ASSIGNMENT_COLUMNS).where('revokedAt', 'is', null);
      q =
        'citizenHash' in holder
          ? q.where('citizenHash', '=', holder.citizenHash)
          : q.where('staffUserId', '=', holder.staffUserId);
      return q.execute();
    },

    async listAssignments(municipalityId: number): Promise<RoleAssignmentRow[]> {
      return db
        .selectFrom('roleAssignment')
        .select(ASSIGNMENT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('revokedAt', 'is', null)
        .orderBy('role')
        .orderBy('holderName')
        .execute();
    },

    /** Inserts unless the same active assignment exists; returns undefined when it did. */
    async insertAssignment(row: {
      municipalityId: number;
      role: AssignedRole;
      staffUserId: string | null;
      citizenHash: Buffer | null;
      holderName: string;
      providerId: string | null;
      protectedAccess: boolean;
      grantedBy: string;
    }): Promise<RoleAssignmentRow | undefined> {
      const existing = await db
        .selectFrom('roleAssignment')
        .select('id')
        .where('municipalityId', '=', row.municipalityId)
        .where('role', '=', row.role)
        .where('revokedAt', 'is', null)
        .where((eb) =>
          row.staffUserId ? eb('staffUserId', '=', row.staffUserId) : eb('citizenHash', '=', row.citizenHash),
        )
        .where((eb) => (row.providerId ? eb('providerId', '=', row.providerId) : eb('providerId', 'is', null)))
        .executeTakeFirst();
      if (existing) return undefined;
      return db.insertInto('roleAssignment').values(row).returning(ASSIGNMENT_COLUMNS).executeTakeFirst();
    },

    /**
     * Revokes an active assignment, unless it is the municipality's last active admin (someone must be able to
     * give roles). The municipality's active admin rows are locked first, so two admins taking each other's role
     * at the same moment cannot both succeed.
     */
    /** Ends every active role held by these citizens (by national id lookup hash); returns how many. */
    async revokeCitizenRoles(municipalityId: number, citizenHashes: readonly Buffer[]): Promise<number> {
      if (citizenHashes.length === 0) return 0;
      const rows = await db
        .updateTable('roleAssignment')
        .set({ revokedAt: new Date() })
        .where('municipalityId', '=', municipalityId)
        .where('revokedAt', 'is', null)
        .where('citizenHash', 'in', citizenHashes)
        .returning('id')
        .execute();
      return rows.length;
    },

    async revokeAssignment(municipalityId: number, id: string): Promise<'revoked' | 'not_found' | 'last_admin'> {
      return inTransaction(db, async (trx) => {
        const admins = await trx
          .selectFrom('roleAssignment')
          .select('id')
          .where('municipalityId', '=', municipalityId)
          .where('role', '=', 'municipality_admin')
          .where('revokedAt', 'is', null)
          .forUpdate()
          .execute();
        if (admins.length === 1 && admins[0]?.id === id) return 'last_admin';
        const result = await trx
          .updateTable('roleAssignment')
          .set({ revokedAt: new Date() })
          .where('municipalityId', '=', municipalityId)
          .where('id', '=', id)
          .where('revokedAt', 'is', null)
          .returning('id')
          .executeTakeFirst();
        return result === undefined ? 'not_found' : 'revoked';
      });
    },
  };
}

export type IdentityStore = ReturnType<typeof createIdentityStore>;
