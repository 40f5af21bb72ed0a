/**
 * The catalogue benchmark's load generator, run as a process of its own so that it never shares the server's
 * event loop or CPU time slice. Given a base URL, paths to cycle through, a number of concurrent keep-alive
 * connections and a duration, it sends requests back to back on each connection and prints one JSON line: requests,
 * errors (any status but 200), requests per second and the p50/p95/p99 latency in milliseconds.
 *
 *   node bench/lib/load-generator.ts '{"baseUrl":"http://127.0.0.1:3000","paths":["/api/health"],"seconds":5,"connections":10}'
 */
import { Agent, request } from 'node:http';

interface LoadPlan {
  baseUrl: string;
  paths: string[];
  seconds: number;
  connections: number;
}

interface LoadStats {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function get(agent: Agent, url: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path, method: 'GET', headers: { 'accept-encoding': 'gzip' } },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function generateLoad(plan: LoadPlan): Promise<LoadStats> {
  const url = new URL(plan.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + plan.seconds * 1000;
  await Promise.all(
    Array.from({ length: plan.connections }, async () => {
      while (performance.now() < deadline) {
        const path = plan.paths[next++ % plan.paths.length] as string;
        const t0 = performance.now();
        const status = await get(agent, url, path).catch(() => 0);
        latencies.push(performance.now() - t0);
        if (status !== 200) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
process.stdout.write(`${JSON.stringify(await generateLoad(plan))}\n`);
