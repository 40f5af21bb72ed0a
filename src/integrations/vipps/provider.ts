/**
 * The payment provider as the platform wires it: the ePayment adapter for the configured Vipps MobilePay
 * merchant, and (outside production, when none is configured) the local simulator standing in for it.
 */
import type { Config, VippsConfig } from '../../config.ts';
import { createEPaymentClient, type EPaymentClient, type EPaymentClientOptions } from './epayment-client.ts';

/** The client for the configured merchant; undefined when no payment provider is configured. */
export function createPaymentProvider(
  config: Pick<Config, 'payments'>,
  options: Pick<EPaymentClientOptions, 'fetch' | 'timeoutMs' | 'retries'> = {},
): EPaymentClient | undefined {
  const vipps = config.payments.vipps;
  if (!vipps) return undefined;
  return createEPaymentClient({
    ...vipps,
    system: { name: 'fritidskortet', version: '0.1.0', pluginName: 'fritidskortet-payments', pluginVersion: '1.0.0' },
    ...options,
  });
}

/**
 * Outside production without VIPPS_* settings: starts the local simulator (on VIPPS_DEV_PORT, default any free
 * port) and answers the configuration that points at it, to be closed with the server.
 */
export async function startDevPaymentSimulator(
  config: Pick<Config, 'mode' | 'payments'>,
): Promise<{ url: string; vipps: VippsConfig; close(): Promise<void> } | undefined> {
  if (config.payments.vipps || config.mode === 'production') return undefined;
  const { startVippsSimulator } = await import('./simulator.ts');
  const simulator = await startVippsSimulator({ port: config.payments.devPort });
  return {
    url: simulator.url,
    vipps: { baseUrl: simulator.url, ...simulator.credentials },
    close: () => simulator.close(),
  };
}
