import type { EnrolmentService } from './enrolment-service.ts';

interface WorkLog {
  info(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The background round of family payments: creates at the payment provider what a committed enrolment wrote,
 * looks again at payments the guardian has not finished (settling or releasing them), and sends refunds.
 */
export function startPaymentWork(options: { enrolments: EnrolmentService; intervalMs: number; log?: WorkLog }): {
  stop(): Promise<void>;
} {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function round(): Promise<void> {
    try {
      const { handled } = await options.enrolments.processDuePayments();
      if (handled > 0) options.log?.info({ handled }, 'family payments handled');
    } catch (error) {
      options.log?.error({ err: error instanceof Error ? error.message : String(error) }, 'payment round failed');
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().finally(schedule);
    }, options.intervalMs);
    timer.unref();
  }
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
