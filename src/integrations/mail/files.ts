import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { MailMessage, MailTransport } from './message.ts';
import { nodemailerFields } from './smtp.ts';

/** For development without an SMTP server: each message becomes an .eml file in `dir` (any mail reader opens it). */
export function createFileTransport(dir: string, from: string): MailTransport {
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'files',
    async send(message: MailMessage) {
      const info = await transporter.sendMail(nodemailerFields(message, from));
      const content = Buffer.isBuffer(info.message) ? info.message : Buffer.from('');
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await writeFile(join(dir, `${stamp}-${randomBytes(4).toString('hex')}.eml`), content, { mode: 0o600 });
    },
    close() {
      transporter.close();
    },
  };
}
