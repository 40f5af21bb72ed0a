/**
 * Starts the real server (bench/lib/serve.ts: the platform's `serve`) in a process of its own, for the benchmarks
 * and for the tests that run several server processes against one database. Used by bench/*.ts and test/helpers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  /** Base URL, `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  child: ChildProcess;
  /** Stops the process with SIGTERM (it closes its connections and writes its CPU profile) and waits for its exit. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Environment on top of this process's (DATABASE_URL or DATA_DIR, NODE_ENV, LOG_LEVEL, OIDC_*, VIPPS_*). */
  env: Record<string, string>;
  /** Port to listen on; default a free one. */
  port?: number;
  /** Run under `node --cpu-prof`, writing the profile into this directory at exit. */
  cpuProfDir?: string;
  /** How long to wait for /api/ready; default 120 s. */
  readyWithinMs?: number;
}

/** A port no one listens on now (on 127.0.0.1). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Starts the server in a process of its own and resolves once it answers /api/ready. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const nodeArgs = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  const entry = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyWithinMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    const ready = await fetch(`${url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, port, child, stop: () => stop(child) };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop(child);
  throw new Error('server did not become ready');
}
