import { type Kysely, sql } from 'kysely';
import type { DB, ProviderKind } from '../../db/schema.ts';
import type { NewsAudienceRow, NewsTables } from '../../db/tables/news.ts';
import { inTransaction } from '../../db/transaction.ts';

type NewsDB = DB & NewsTables;

/** Who a piece of news is for. Absent or empty dimensions do not narrow; every recipient is an approved provider. */
export interface AudienceFilter {
  kinds?: readonly ProviderKind[];
  /** Providers with a published activity in any of these categories. */
  categories?: readonly string[];
  neighbourhoodIds?: readonly string[];
}

export interface NewsRow {
  id: string;
  subject: string;
  body: string;
  audience: NewsAudienceRow;
  sentBy: string;
  sentAt: Date;
  recipientCount: number;
  /** Recipients with an e-mail address (one message each). */
  emailCount: number;
  readCount: number;
}

export interface ProviderNewsRow {
  id: string;
  subject: string;
  body: string;
  sentAt: Date;
  readAt: Date | null;
}

export interface Recipient {
  providerId: string;
  email: string | null;
}

/** What counts as an address to send to (the mail module checks the same before queueing). */
const MAIL_ADDRESS_PATTERN = '^[^[:space:]@<>",;]+@[^[:space:]@<>",;]+\\.[^[:space:]@<>",;]+$';

/** News from the municipality to its providers, and who received and read it. */
export function createNewsStore(base: Kysely<DB>) {
  const db = base.withTables<NewsTables>();

  /** The providers a filter selects, as a query (no round trip until used). */
  function audienceQuery(q: Kysely<NewsDB>, municipalityId: number, filter: AudienceFilter) {
    let query = q
      .selectFrom('provider as p')
      .where('p.municipalityId', '=', municipalityId)
      .where('p.status', '=', 'approved');
    if (filter.kinds && filter.kinds.length > 0) query = query.where('p.kind', 'in', [...filter.kinds]);
    if (filter.neighbourhoodIds && filter.neighbourhoodIds.length > 0) {
      query = query.where('p.neighbourhoodId', 'in', [...filter.neighbourhoodIds]);
    }
    const categories = filter.categories ?? [];
    if (categories.length > 0) {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('activity as a')
            .select(sql`1`.as('one'))
            .whereRef('a.municipalityId', '=', 'p.municipalityId')
            .whereRef('a.providerId', '=', 'p.id')
            .where('a.status', '=', 'published')
            .where('a.category', 'in', [...categories]),
        ),
      );
    }
    return query;
  }

  const newsColumns = (municipalityId: number) =>
    db
      .selectFrom('providerNews as n')
      .where('n.municipalityId', '=', municipalityId)
      .select((eb) => [
        'n.id',
        'n.subject',
        'n.body',
        'n.audience',
        'n.sentBy',
        'n.sentAt',
        'n.recipientCount',
        eb
          .selectFrom('providerNewsRecipient as r')
          .whereRef('r.municipalityId', '=', 'n.municipalityId')
          .whereRef('r.newsId', '=', 'n.id')
          .where('r.email', 'is not', null)
          .select(sql<number>`count(*)::integer`.as('n'))
          .as('emailCount'),
        eb
          .selectFrom('providerNewsRecipient as r')
          .whereRef('r.municipalityId', '=', 'n.municipalityId')
          .whereRef('r.newsId', '=', 'n.id')
          .where('r.readAt', 'is not', null)
          .select(sql<number>`count(*)::integer`.as('n'))
          .as('readCount'),
      ]);

  function toNewsRow(r: {
    id: string;
    subject: string;
    body: string;
    audience: NewsAudienceRow;
    sentBy: string;
    sentAt: Date;
    recipientCount: number;
    emailCount: number | null;
    readCount: number | null;
  }): NewsRow {
    return { ...r, emailCount: r.emailCount ?? 0, readCount: r.readCount ?? 0 };
  }

  return {
    async countAudience(municipalityId: number, filter: AudienceFilter): Promise<number> {
      const row = await audienceQuery(db, municipalityId, filter)
        .select(sql<number>`count(*)::integer`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },

    /** Every activity category code, in the catalogue's order. */
    async allCategories(): Promise<string[]> {
      const rows = await db.selectFrom('activityCategory').select('code').orderBy('sortOrder').execute();
      return rows.map((r) => r.code);
    },

    /** The given category codes that exist. */
    async knownCategories(codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db
        .selectFrom('activityCategory')
        .select('code')
        .where('code', 'in', [...codes])
        .execute();
      return new Set(rows.map((r) => r.code));
    },

    /** The given neighbourhood ids that exist in the municipality. */
    async knownNeighbourhoods(municipalityId: number, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('neighbourhood')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('id', 'in', [...ids])
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    /**
     * Stores the news and one recipient row per provider in the audience (one `insert … select`), with the
     * address each will be e-mailed to (null when the provider has no usable address).
     */
    async createNews(input: {
      municipalityId: number;
      subject: string;
      body: string;
      audience: AudienceFilter;
      sentBy: string;
    }): Promise<{ id: string; sentAt: Date; recipients: Recipient[] }> {
      const { municipalityId } = input;
      return inTransaction(db, async (trx) => {
        const news = await trx
          .insertInto('providerNews')
          .values({
            municipalityId,
            subject: input.subject,
            body: input.body,
            audience: JSON.stringify(input.audience),
            sentBy: input.sentBy,
          })
          .returning(['id', 'sentAt'])
          .executeTakeFirstOrThrow();
        const recipients = await trx
          .insertInto('providerNewsRecipient')
          .columns(['municipalityId', 'newsId', 'providerId', 'email'])
          .expression(
            audienceQuery(trx, municipalityId, input.audience).select([
              'p.municipalityId',
              sql<string>`${news.id}::uuid`.as('newsId'),
              'p.id',
              sql<string | null>`case when length(btrim(p.email)) <= 320 and btrim(p.email) ~ ${MAIL_ADDRESS_PATTERN}
                then btrim(p.email) end`.as('email'),
            ]),
          )
          .returning(['providerId', 'email'])
          .execute();
        await trx
          .updateTable('providerNews')
          .set({ recipientCount: recipients.length })
          .where('municipalityId', '=', municipalityId)
          .where('id', '=', news.id)
          .execute();
        return { id: news.id, sentAt: news.sentAt, recipients };
      });
    },

    async listNews(
      municipalityId: number,
      page: { limit: number; offset: number },
    ): Promise<{ total: number; items: NewsRow[] }> {
      const [count, rows] = await Promise.all([
        db
          .selectFrom('providerNews')
          .where('municipalityId', '=', municipalityId)
          .select(sql<number>`count(*)::integer`.as('n'))
          .executeTakeFirstOrThrow(),
        newsColumns(municipalityId)
          .orderBy('n.sentAt', 'desc')
          .orderBy('n.id', 'desc')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return { total: count.n, items: rows.map(toNewsRow) };
    },

    async getNews(municipalityId: number, newsId: string): Promise<NewsRow | undefined> {
      const row = await newsColumns(municipalityId).where('n.id', '=', newsId).executeTakeFirst();
      return row && toNewsRow(row);
    },

    /** The news a provider received, newest first. */
    async listForProvider(
      municipalityId: number,
      providerId: string,
      page: { limit: number; offset: number },
    ): Promise<{ total: number; unread: number; items: ProviderNewsRow[] }> {
      const received = db
        .selectFrom('providerNewsRecipient as r')
        .innerJoin('providerNews as n', (join) =>
          join.onRef('n.municipalityId', '=', 'r.municipalityId').onRef('n.id', '=', 'r.newsId'),
        )
        .where('r.municipalityId', '=', municipalityId)
        .where('r.providerId', '=', providerId);
      const [count, rows] = await Promise.all([
        received
          .select([
            sql<number>`count(*)::integer`.as('total'),
            sql<number>`(count(*) filter (where r.read_at is null))::integer`.as('unread'),
          ])
          .executeTakeFirstOrThrow(),
        received
          .select(['n.id', 'n.subject', 'n.body', 'n.sentAt', 'r.readAt'])
          .orderBy('n.sentAt', 'desc')
          .orderBy('n.id', 'desc')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
      ]);
      return { total: count.total, unread: count.unread, items: rows };
    },

    async getForProvider(
      municipalityId: number,
      providerId: string,
      newsId: string,
    ): Promise<ProviderNewsRow | undefined> {
      return db
        .selectFrom('providerNewsRecipient as r')
        .innerJoin('providerNews as n', (join) =>
          join.onRef('n.municipalityId', '=', 'r.municipalityId').onRef('n.id', '=', 'r.newsId'),
        )
        .where('r.municipalityId', '=', municipalityId)
        .where('r.providerId', '=', providerId)
        .where('r.newsId', '=', newsId)
        .select(['n.id', 'n.subject', 'n.body', 'n.sentAt', 'r.readAt'])
        .executeTakeFirst();
    },

    /** Marks news read by a provider (the first reading counts); false when the provider did not receive it. */
    async markRead(municipalityId: number, providerId: string, newsId: string, readBy: string): Promise<boolean> {
      const result = await db
        .updateTable('providerNewsRecipient')
        .set({ readAt: sql<Date>`coalesce(read_at, now())`, readBy: sql<string>`coalesce(read_by, ${readBy})` })
        .where('municipalityId', '=', municipalityId)
        .where('providerId', '=', providerId)
        .where('newsId', '=', newsId)
        .returning('newsId')
        .executeTakeFirst();
      return result !== undefined;
    },
  };
}

export type NewsStore = ReturnType<typeof createNewsStore>;
