/**
 * A local SMTP server for tests and development: listens on 127.0.0.1, accepts any sender and recipient,
 * and keeps what it receives. It can be told to refuse the next messages with a temporary error, as a busy
 * mail server does, to exercise retries.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Content-Language header, when given. */
  language: string | null;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Messages accepted, in order. */
  messages: ReceivedMail[];
  /** How many messages were refused so far. */
  readonly rejected: number;
  /** Refuse the next `count` messages with 451 (temporary failure). */
  rejectNext(count: number): void;
  /** Resolves when at least `count` messages have been accepted (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startTestSmtpServer(options: { port?: number } = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  let toReject = 0;
  let rejected = 0;
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Pooled client connections stay open between messages; do not wait long for them at close.
    closeTimeout: 500,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      if (toReject > 0) {
        toReject--;
        rejected++;
        stream.resume();
        stream.on('end', () => {
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          callback(error);
        });
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const language = parsed.headers.get('content-language');
          messages.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            language: typeof language === 'string' ? language : null,
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get rejected() {
      return rejected;
    },
    rejectNext(count) {
      toReject = count;
    },
    waitFor(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(messages);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`expected ${count} messages, received ${messages.length}`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      });
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
