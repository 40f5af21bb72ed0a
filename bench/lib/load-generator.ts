/**
 * The benchmarks' load generator, run as a process of its own so that it never shares the server's event loop or
 * CPU time slice. Given base URLs, what to send, a number of concurrent keep-alive connections and a duration, it
 * sends requests back to back on each connection and prints one JSON line: requests, errors (any status but the
 * expected one), requests per second and the p50/p95/p99 latency in milliseconds.
 *
 * What to send is either `paths` (GET, cycled through) or `requestsFile`: a JSON file of requests (method, path,
 * headers, body) each sent once, in order; the run ends early when they are used up. Requests alternate between the
 * base URLs (`baseUrl`, or `baseUrls` for several servers).
 *
 *   node bench/lib/load-generator.ts '{"baseUrl":"http://127.0.0.1:3000","paths":["/api/health"],"seconds":5,"connections":10}'
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

export interface PlannedRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadPlan {
  baseUrl?: string;
  baseUrls?: string[];
  paths?: string[];
  requestsFile?: string;
  /** The status a request should answer, default 200. */
  expectStatus?: number;
  seconds: number;
  connections: number;
}

export interface LoadStats {
  requests: number;
  errors: number;
  /** How many of each status other than the expected one (0: no answer). */
  statuses: Record<string, number>;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function send(agent: Agent, url: URL, planned: PlannedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: planned.path,
        method: planned.method,
        headers: { 'accept-encoding': 'gzip', ...planned.headers },
      },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(planned.body);
  });
}

async function generateLoad(plan: LoadPlan): Promise<LoadStats> {
  const urls = (plan.baseUrls ?? [plan.baseUrl ?? '']).map((u) => new URL(u));
  const agents = urls.map(() => new Agent({ keepAlive: true, maxSockets: plan.connections }));
  const once = plan.requestsFile
    ? (JSON.parse(readFileSync(plan.requestsFile, 'utf8')) as PlannedRequest[])
    : undefined;
  const paths = plan.paths ?? [];
  const expected = plan.expectStatus ?? 200;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + plan.seconds * 1000;
  await Promise.all(
    Array.from({ length: plan.connections }, async (_, connection) => {
      // Each connection keeps to one server, the connections alternating between them.
      const server = connection % urls.length;
      while (performance.now() < deadline) {
        if (once && next >= once.length) break;
        const index = next++;
        const planned = once
          ? (once[index] as PlannedRequest)
          : { method: 'GET' as const, path: paths[index % paths.length] as string };
        const t0 = performance.now();
        const status = await send(agents[server] as Agent, urls[server] as URL, planned).catch(() => 0);
        latencies.push(performance.now() - t0);
        if (status !== expected) {
          errors++;
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    statuses,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
process.stdout.write(`${JSON.stringify(await generateLoad(plan))}\n`);
