import {
  PAYMENT_WEBHOOK_PATH,
  type PaymentWebhookService,
  type RegistrationOutcome,
} from './payment-webhook-service.ts';

interface WorkLog {
  info(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The URL the payment provider sends notifications to: the webhook path under the public base URL. A base URL
 * on port 0 (a server told to take any free port, as in tests) names the port the server listens on.
 */
export function paymentWebhookUrl(baseUrl: string, listeningPort?: number): string {
  const url = new URL(baseUrl);
  if (url.port === '0' && listeningPort !== undefined) url.port = String(listeningPort);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${PAYMENT_WEBHOOK_PATH}`;
}

/**
 * Registers the webhook at start (ensureRegistration), and again after a pause while the provider cannot be
 * reached: the server serves meanwhile, and the polling round settles payments without notifications.
 */
export function startPaymentWebhookRegistration(options: {
  webhooks: PaymentWebhookService;
  url: string;
  /** Pause before another attempt after a failure, default 60 s. */
  retryMs?: number;
  log?: WorkLog;
}): { ready: Promise<RegistrationOutcome | undefined>; stop(): Promise<void> } {
  const retryMs = options.retryMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;

  async function run(): Promise<RegistrationOutcome | undefined> {
    while (!stopped) {
      try {
        const outcome = await options.webhooks.ensureRegistration(options.url);
        options.log?.info(
          { url: options.url, reused: outcome.reused, removed: outcome.removed, notRemoved: outcome.notRemoved },
          'payment webhook registered',
        );
        return outcome;
      } catch (error) {
        options.log?.error(
          { url: options.url, err: error instanceof Error ? error.message : String(error) },
          'payment webhook registration failed; trying again later',
        );
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, retryMs);
        timer.unref();
      });
    }
    return undefined;
  }

  const ready = run();
  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await ready;
    },
  };
}
