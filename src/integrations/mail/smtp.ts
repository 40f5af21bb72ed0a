import { createTransport } from 'nodemailer';
import type { MailMessage, MailTransport } from './message.ts';

/** Headers and fields nodemailer needs for one of our messages. */
export function nodemailerFields(message: MailMessage, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    ...(message.language ? { headers: { 'Content-Language': message.language } } : {}),
  };
}

/**
 * Sends through an SMTP server given as a URL (smtp://user:pass@host:587 upgrades with STARTTLS when offered;
 * smtps://host:465 is TLS from the start). Connections are pooled and reused between messages.
 */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = createTransport({
    url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail(nodemailerFields(message, from));
    },
    close() {
      transporter.close();
    },
  };
}
