import type { ProviderKind } from '../../db/schema.ts';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { plainTextToHtml } from '../../integrations/mail/html.ts';
import type { EnqueueMailBatch, MailMessage } from '../../integrations/mail/message.ts';
import type { AuditService } from '../audit/service.ts';
import type { AudienceFilter, NewsRow, NewsStore, ProviderNewsRow } from './store.ts';

export type { AudienceFilter } from './store.ts';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;

export interface NewsAudience {
  kinds?: ProviderKind[];
  categories?: string[];
  neighbourhoodIds?: string[];
}

export interface SendNewsInput {
  municipalityId: number;
  /** Signs the e-mail. */
  municipalityName: string;
  subject: string;
  body: string;
  audience?: NewsAudience;
}

export interface News extends NewsRow {}

export interface ProviderNews extends ProviderNewsRow {}

export interface NewsServiceDeps {
  store: NewsStore;
  /** Sending news (its rows, the e-mails, the audit entry) as one transaction. */
  transaction: UseCaseTransaction<{ store: NewsStore; audit: AuditService; enqueueMailBatch: EnqueueMailBatch }>;
}

/** Sorted, without duplicates; empty lists are the same as none. */
function normalise(audience: NewsAudience = {}): AudienceFilter {
  const clean = <T extends string>(values: readonly T[] | undefined) =>
    values && values.length > 0 ? [...new Set(values)].sort() : undefined;
  const kinds = clean(audience.kinds);
  const categories = clean(audience.categories);
  const neighbourhoodIds = clean(audience.neighbourhoodIds?.map((id) => id.toLowerCase()));
  return {
    ...(kinds ? { kinds } : {}),
    ...(categories ? { categories } : {}),
    ...(neighbourhoodIds ? { neighbourhoodIds } : {}),
  };
}

function newsMail(input: { subject: string; body: string; municipalityName: string }): Omit<MailMessage, 'to'> {
  const text = `${input.body.trim()}\n\n-- \n${input.municipalityName}\n(Meldingen ligger også på aktørsiden din i Fritidskortet.)\n`;
  return { subject: input.subject, text, html: plainTextToHtml(text, 'nb'), language: 'nb' };
}

export function createNewsService(deps: NewsServiceDeps) {
  const { store } = deps;

  /** Refuses categories and neighbourhoods that do not exist (in this municipality), naming each. */
  async function checkAudience(
    municipalityId: number,
    audience: NewsAudience,
    prefix: string,
  ): Promise<AudienceFilter> {
    const filter = normalise(audience);
    const fields: FieldError[] = [];
    const categories = audience.categories ?? [];
    if (categories.length > 0) {
      const known = await store.knownCategories(categories);
      if (known.size < new Set(categories).size) {
        const allowed = (await allCategories()).join(', ');
        categories.forEach((code, i) => {
          if (!known.has(code)) fields.push({ field: `${prefix}/categories/${i}`, rule: 'enum', params: { allowed } });
        });
      }
    }
    const neighbourhoods = (audience.neighbourhoodIds ?? []).map((id) => id.toLowerCase());
    if (neighbourhoods.length > 0) {
      const known = await store.knownNeighbourhoods(municipalityId, neighbourhoods);
      neighbourhoods.forEach((id, i) => {
        if (!known.has(id)) fields.push({ field: `${prefix}/neighbourhoodIds/${i}`, rule: 'invalid' });
      });
    }
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
    return filter;
  }

  let categoryCache: string[] | undefined;
  async function allCategories(): Promise<string[]> {
    categoryCache ??= await store.allCategories();
    return categoryCache;
  }

  return {
    /** How many providers a filter reaches now. */
    async countAudience(municipalityId: number, audience: NewsAudience = {}): Promise<number> {
      const filter = await checkAudience(municipalityId, audience, 'query');
      return store.countAudience(municipalityId, filter);
    },

    /**
     * Sends news to the providers in the audience: stored for each provider's dashboard, and e-mailed to each
     * provider with an address (queued; delivered in the background).
     */
    async sendNews(actor: Actor, input: SendNewsInput): Promise<News> {
      const subject = input.subject.replace(/\s+/g, ' ').trim();
      const body = input.body.replace(/\r\n?/g, '\n').trim();
      const fields: FieldError[] = [];
      if (subject.length === 0) fields.push({ field: 'body/subject', rule: 'minLength', params: { limit: 1 } });
      if (subject.length > SUBJECT_MAX) {
        fields.push({ field: 'body/subject', rule: 'maxLength', params: { limit: SUBJECT_MAX } });
      }
      if (body.length === 0) fields.push({ field: 'body/body', rule: 'minLength', params: { limit: 1 } });
      if (body.length > BODY_MAX) fields.push({ field: 'body/body', rule: 'maxLength', params: { limit: BODY_MAX } });
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
      const audience = await checkAudience(input.municipalityId, input.audience ?? {}, 'body/audience');

      const sentBy = actor.principal?.displayName ?? 'system';
      return deps.transaction(async ({ store, audit, enqueueMailBatch }) => {
        const created = await store.createNews({
          municipalityId: input.municipalityId,
          subject,
          body,
          audience,
          sentBy,
        });
        const mail = newsMail({ subject, body, municipalityName: input.municipalityName });
        const addresses = created.recipients.flatMap((r) => (r.email ? [r.email] : []));
        const queued = await enqueueMailBatch(
          addresses.map((to) => ({ ...mail, to })),
          { municipalityId: input.municipalityId, reference: `news:${created.id}` },
        );
        await audit.record(actor, {
          municipalityId: input.municipalityId,
          action: 'news.send',
          details: { newsId: created.id, subject, audience, recipients: created.recipients.length, emails: queued },
        });
        return {
          id: created.id,
          subject,
          body,
          audience,
          sentBy,
          sentAt: created.sentAt,
          recipientCount: created.recipients.length,
          emailCount: queued,
          readCount: 0,
        };
      });
    },

    async listNews(municipalityId: number, page: { limit: number; offset: number }) {
      return store.listNews(municipalityId, page);
    },

    async getNews(municipalityId: number, newsId: string): Promise<News> {
      const news = await store.getNews(municipalityId, newsId);
      if (!news) throw new AppError('NEWS_NOT_FOUND');
      return news;
    },

    /** The news a provider received, newest first, with the number still unread. */
    async listForProvider(municipalityId: number, providerId: string, page: { limit: number; offset: number }) {
      return store.listForProvider(municipalityId, providerId, page);
    },

    /** Marks news read for the provider; the first reading is kept. */
    async markRead(actor: Actor, municipalityId: number, providerId: string, newsId: string): Promise<ProviderNews> {
      const readBy = actor.principal?.displayName ?? 'system';
      const found = await store.markRead(municipalityId, providerId, newsId, readBy);
      const news = found ? await store.getForProvider(municipalityId, providerId, newsId) : undefined;
      if (!news) throw new AppError('NEWS_NOT_FOUND');
      return news;
    },
  };
}

export type NewsService = ReturnType<typeof createNewsService>;
