import { join } from 'node:path';
import { createFileTransport } from './files.ts';
import type { MailTransport } from './message.ts';
import { createSmtpTransport } from './smtp.ts';

export type { MailTransport } from './message.ts';

export interface MailTransportSettings {
  smtpUrl: string | undefined;
  from: string;
  mode: 'production' | 'development' | 'test';
  dataDir: string;
}

/**
 * The transport for this installation: SMTP when SMTP_URL is set; otherwise, outside production, .eml files
 * under `<dataDir>/mail/`; in production without SMTP_URL none (messages stay queued until it is configured).
 */
export function createMailTransport(settings: MailTransportSettings): MailTransport | undefined {
  if (settings.smtpUrl) return createSmtpTransport(settings.smtpUrl, settings.from);
  if (settings.mode === 'production') return undefined;
  return createFileTransport(join(settings.dataDir, 'mail'), settings.from);
}
