import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    const stat = statSync(full);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(full) : stat.mtimeMs);
  }
  return newest;
}

/** Builds the web app when web/dist is missing or older than its sources (development installs). */
export async function ensureWebBuild(webDist: string, log: (line: string) => void): Promise<void> {
  const root = projectRoot();
  const sources = join(root, 'web', 'src');
  const index = join(webDist, 'index.html');
  if (existsSync(index) && (!existsSync(sources) || statSync(index).mtimeMs >= newestMtime(sources))) return;
  log('Building the web app…');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('The web app is not built and Vite is not installed: run `npm install` and `npm run build`.');
  }
  await vite.build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
}
