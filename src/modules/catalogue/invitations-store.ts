/** Invitations from a provider's admin to a co-admin. Only the SHA-256 of a link's token is stored. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface InvitationRow {
  municipalityId: number;
  id: string;
  providerId: string;
  email: string;
  inviteeName: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  revokedAt: Date | null;
}

const COLUMNS = [
  'municipalityId',
  'id',
  'providerId',
  'email',
  'inviteeName',
  'invitedBy',
  'createdAt',
  'expiresAt',
  'acceptedAt',
  'acceptedBy',
  'revokedAt',
] as const;

export function createInvitationStore(db: Kysely<DB>) {
  return {
    async insert(input: {
      municipalityId: number;
      providerId: string;
      tokenHash: Buffer;
      email: string;
      inviteeName: string;
      invitedBy: string;
      createdAt: Date;
      expiresAt: Date;
    }): Promise<InvitationRow> {
      return db.insertInto('providerInvitation').values(input).returning(COLUMNS).executeTakeFirstOrThrow();
    },

    /** Invitations of a provider that can still be accepted. */
    async listOpen(municipalityId: number, providerId: string, now: Date): Promise<InvitationRow[]> {
      return db
        .selectFrom('providerInvitation')
        .select(COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('providerId', '=', providerId)
        .where('acceptedAt', 'is', null)
        .where('revokedAt', 'is', null)
        .where('expiresAt', '>', now)
        .orderBy('createdAt', 'desc')
        .orderBy('id')
        .execute();
    },

    /** Revokes an invitation not yet accepted or revoked; undefined when there is none. */
    async revoke(municipalityId: number, providerId: string, id: string, at: Date): Promise<InvitationRow | undefined> {
      return db
        .updateTable('providerInvitation')
        .set({ revokedAt: at })
        .where('municipalityId', '=', municipalityId)
        .where('providerId', '=', providerId)
        .where('id', '=', id)
        .where('acceptedAt', 'is', null)
        .where('revokedAt', 'is', null)
        .returning(COLUMNS)
        .executeTakeFirst();
    },

    /**
     * Marks the invitation with this token accepted if it is still open. One statement, so of two requests
     * with the same token only one gets the row back.
     */
    async accept(
      municipalityId: number,
      tokenHash: Buffer,
      acceptedBy: string,
      at: Date,
    ): Promise<InvitationRow | undefined> {
      return db
        .updateTable('providerInvitation')
        .set({ acceptedAt: at, acceptedBy })
        .where('municipalityId', '=', municipalityId)
        .where('tokenHash', '=', tokenHash)
        .where('acceptedAt', 'is', null)
        .where('revokedAt', 'is', null)
        .where('expiresAt', '>', at)
        .returning(COLUMNS)
        .executeTakeFirst();
    },

    async findByToken(municipalityId: number, tokenHash: Buffer): Promise<InvitationRow | undefined> {
      return db
        .selectFrom('providerInvitation')
        .select(COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('tokenHash', '=', tokenHash)
        .executeTakeFirst();
    },
  };
}

export type InvitationStore = ReturnType<typeof createInvitationStore>;
