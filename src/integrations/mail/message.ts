/** An e-mail the platform sends: plain text always, HTML optional. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Language of the message (BCP 47, e.g. 'nb'). */
  language?: string;
}

/**
 * Queues a message for delivery. Delivery happens in the background with retries, so a slow or absent SMTP
 * server never holds up the request that caused the message. Resolves once the message is stored.
 */
export type EnqueueMail = (
  message: MailMessage,
  options?: { municipalityId?: number; reference?: string },
) => Promise<void>;

/**
 * Queues many messages of one municipality at once (batched, not one round trip per message). Resolves with
 * how many were stored.
 */
export type EnqueueMailBatch = (
  messages: readonly MailMessage[],
  options: { municipalityId: number; reference?: string },
) => Promise<number>;

/** Hands a message to the outside world; rejects when it was not accepted (the outbox then retries). */
export interface MailTransport {
  /** 'smtp': an SMTP server; 'files': .eml files a developer can open. */
  readonly kind: 'smtp' | 'files';
  send(message: MailMessage): Promise<void>;
  close(): void;
}
