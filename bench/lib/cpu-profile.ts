/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): where the process spent its time, as self time by function and
 * by source file (node_modules grouped by package), each as a share of all samples.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a file belongs: a package of node_modules, a file of the project, or the runtime. */
function place(url: string): string {
  if (url === '') return '(runtime)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] as string;
  if (url.startsWith('node:')) return url;
  const project = /\/(src|bench)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url.replace(/^file:\/\//, '');
}

export function summariseCpuProfile(text: string, top: number): string[] {
  const profile = JSON.parse(text) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of samples.entries()) selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[i] ?? 0));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0) || 1;
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = place(url);
    const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    byPlace.set(where, (byPlace.get(where) ?? 0) + micros);
  }
  const share = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
  const ranked = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `${(total / 1e6).toFixed(1)} s of samples; self time by function:`,
    ...ranked(byFunction).map(([name, micros]) => `  ${share(micros)}  ${name}`),
    'self time by package or file:',
    ...ranked(byPlace).map(([name, micros]) => `  ${share(micros)}  ${name}`),
  ];
}
