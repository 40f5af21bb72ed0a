import type { EnqueueMail, EnqueueMailBatch, MailMessage, MailTransport } from '../../integrations/mail/message.ts';
import type { MailStore, OutboxCounts, OutboxInsert } from './store.ts';

/** Structured log lines (pino-compatible). Never given message bodies or addresses. */
export interface MailLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface MailServiceOptions {
  store: MailStore;
  /** Where messages go; undefined (production without SMTP_URL): they stay queued. */
  transport: MailTransport | undefined;
  /** Attempts before a message is marked failed (default 8). */
  maxAttempts?: number;
  /** Wait after the first failed attempt; doubles with each further one (default one minute). */
  retryBaseMs?: number;
  /** Longest wait between attempts (default six hours). */
  retryMaxMs?: number;
  /** Messages of one municipality taken per round (default 50). */
  batchSize?: number;
  /** How long a sender holds the messages it took before others may take them again (default ten minutes). */
  leaseMs?: number;
  log?: MailLog;
}

export interface DeliveryResult {
  /** Messages taken for sending in this round. */
  claimed: number;
  sent: number;
  /** Failed this time, will be tried again. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
  /** Some municipality had more due messages than one round takes. */
  more: boolean;
}

export interface MailStatus extends OutboxCounts {
  transport: 'smtp' | 'files' | 'none';
}

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** A plain address (no display name); the same rule the news audience uses for providers' addresses. */
export function isMailAddress(value: string): boolean {
  return value.length <= 320 && ADDRESS.test(value);
}

/** Wait before attempt `attempts + 1`, after `attempts` failed ones: base, 2×base, 4×base … capped. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

function describeError(error: unknown): { text: string; responseCode: number | null } {
  const e = error as { message?: unknown; responseCode?: unknown; code?: unknown };
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const code = typeof e.code === 'string' ? e.code : null;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const text = [code, message].filter(Boolean).join(': ').replace(/\s+/g, ' ').slice(0, 500);
  return { text, responseCode };
}

export function createMailService(options: MailServiceOptions) {
  const { store, transport, log } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const retryBaseMs = options.retryBaseMs ?? 60_000;
  const retryMaxMs = options.retryMaxMs ?? 6 * 3_600_000;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 10 * 60_000;

  function row(message: MailMessage, municipalityId: number | undefined, reference: string | undefined): OutboxInsert {
    if (municipalityId === undefined) {
      throw new Error('mail is queued per municipality: municipalityId is required');
    }
    const to = message.to.trim();
    if (!isMailAddress(to)) throw new Error('not a plain e-mail address');
    // A line break in a header would end it; subjects are one line.
    const subject = message.subject.replace(/[\r\n]+/g, ' ').trim();
    if (subject.length === 0 || subject.length > 500) throw new Error('an e-mail needs a subject of 1-500 characters');
    return {
      municipalityId,
      recipient: to,
      subject,
      text: message.text,
      html: message.html ?? null,
      language: message.language ?? null,
      reference: reference ?? null,
    };
  }

  const enqueueMail: EnqueueMail = async (message, where = {}) => {
    await store.insert([row(message, where.municipalityId, where.reference)]);
  };

  const enqueueMailBatch: EnqueueMailBatch = async (messages, where) =>
    store.insert(messages.map((m) => row(m, where.municipalityId, where.reference)));

  /** Sends what is due now, one round: up to `batchSize` messages per municipality. */
  async function deliverDue(): Promise<DeliveryResult> {
    const result: DeliveryResult = { claimed: 0, sent: 0, retrying: 0, failed: 0, more: false };
    if (!transport) return result;
    for (const municipalityId of await store.municipalitiesWithDueMail()) {
      const batch = await store.claimDue(municipalityId, batchSize, leaseMs);
      result.claimed += batch.length;
      if (batch.length === batchSize) result.more = true;
      for (const mail of batch) {
        try {
          await transport.send({
            to: mail.recipient,
            subject: mail.subject,
            text: mail.text,
            ...(mail.html === null ? {} : { html: mail.html }),
            ...(mail.language === null ? {} : { language: mail.language }),
          });
        } catch (error) {
          const { text, responseCode } = describeError(error);
          const final = mail.attempts >= maxAttempts;
          await store.markAttemptFailed(municipalityId, mail.id, {
            error: text,
            final,
            retryInMs: retryDelayMs(mail.attempts, retryBaseMs, retryMaxMs),
          });
          if (final) result.failed++;
          else result.retrying++;
          log?.[final ? 'error' : 'warn'](
            { municipalityId, mailId: mail.id, attempts: mail.attempts, responseCode },
            final ? 'e-mail not delivered, giving up' : 'e-mail not delivered, will retry',
          );
          continue;
        }
        await store.markSent(municipalityId, mail.id);
        result.sent++;
      }
    }
    return result;
  }

  return {
    enqueueMail,
    enqueueMailBatch,
    deliverDue,
    /** Which transport delivers: 'none' in production without SMTP_URL. */
    transportKind: transport?.kind ?? ('none' as const),
    /** Counts of queued, failed and sent messages, and which transport delivers them. */
    async status(municipalityId?: number): Promise<MailStatus> {
      return { ...(await store.counts(municipalityId)), transport: transport?.kind ?? 'none' };
    },
    /** Closes the transport's connections. */
    close(): void {
      transport?.close();
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;

/**
 * Delivers queued e-mail in the background: a round every `intervalMs`, at once again while more is due.
 * Safe to run in several server processes at once. Without a transport it only reports the backlog.
 */
export function startMailDelivery(options: {
  mail: MailService;
  intervalMs: number;
  log?: MailLog;
  /** Without a transport: how often to report what is waiting (default hourly). */
  reportEveryMs?: number;
}): { stop(): Promise<void> } {
  const { mail, intervalMs, log } = options;
  const reportEveryMs = options.reportEveryMs ?? 3_600_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastReport = 0;

  async function round(): Promise<void> {
    try {
      if (mail.transportKind === 'none') {
        if (Date.now() - lastReport >= reportEveryMs) {
          lastReport = Date.now();
          const status = await mail.status();
          log?.warn(
            { queued: status.queued, failed: status.failed },
            'SMTP_URL is not set: e-mail stays queued until it is',
          );
        }
        return;
      }
      for (;;) {
        const result = await mail.deliverDue();
        if (result.sent + result.failed > 0) {
          log?.info({ sent: result.sent, retrying: result.retrying, failed: result.failed }, 'e-mail delivered');
        }
        if (!result.more || stopped) break;
      }
    } catch (error) {
      log?.error({ err: describeError(error).text }, 'e-mail delivery round failed');
    }
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(() => schedule(intervalMs));
    }, delay);
    timer.unref();
  }
  schedule(0);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
