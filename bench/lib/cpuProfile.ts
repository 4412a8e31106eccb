import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: ReadonlyArray<number>;
}

interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>;
  readonly samples: ReadonlyArray<number>;
  readonly timeDeltas: ReadonlyArray<number>;
}

/** Where a frame's code lives: a package, a folder of this project, Node itself, or V8's pseudo-frames. */
export function categoryOf(url: string, functionName: string): string {
  if (url === '') {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8/native (program)';
    return `native ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0] ?? ''}`;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] as string;
  const relative = url.replace(/^file:\/\//, '').replace(/^.*\/dist\/bench\//, '').replace(`${process.cwd()}/`, '');
  const project = /^(src|bench|test)\/(.*)$/.exec(relative);
  if (project) {
    const [, top, rest] = project;
    const folder = (rest ?? '').split('/').slice(0, top === 'src' && (rest ?? '').startsWith('providers/') ? 2 : 1).join('/');
    return `${top}/${folder.replace(/\.ts$/, '')}`;
  }
  return url;
}

export interface ProfileSummary {
  readonly totalMs: number;
  /** Busy time: everything but idle. */
  readonly busyMs: number;
  /** Self time by category, share of busy time. */
  readonly selfByCategory: ReadonlyArray<{ category: string; ms: number; share: number }>;
  /** Inclusive time by category (time with at least one frame of it on the stack), share of busy time. */
  readonly inclusiveByCategory: ReadonlyArray<{ category: string; ms: number; share: number }>;
  readonly topFunctions: ReadonlyArray<{ fn: string; ms: number; share: number }>;
}

/**
 * `windowMs`: only the last `windowMs` of the profile are summarized (the measured load; `--cpu-prof`
 * records the whole process, start-up included).
 */
export function summarizeCpuProfile(file: string, windowMs: number, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackCategories = new Map<number, ReadonlySet<string>>();
  const categoriesOnStack = (id: number): ReadonlySet<string> => {
    const known = stackCategories.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const set = new Set(up === undefined ? [] : categoriesOnStack(up));
    if (node && node.callFrame.url !== '') set.add(categoryOf(node.callFrame.url, node.callFrame.functionName));
    stackCategories.set(id, set);
    return set;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  const profileMs = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
  let clock = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    clock += delta;
    if (clock < profileMs - windowMs) return;
    total += delta;
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const category = categoryOf(url, functionName);
    if (category === 'idle') {
      idle += delta;
      return;
    }
    self.set(category, (self.get(category) ?? 0) + delta);
    const fn = `${functionName || '(anonymous)'} ${category}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
    for (const onStack of categoriesOnStack(id)) inclusive.set(onStack, (inclusive.get(onStack) ?? 0) + delta);
  });
  const busy = total - idle;
  const ranked = <K extends string>(map: Map<string, number>, key: K, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ [key]: name, ms: Math.round(ms), share: Math.round((ms / busy) * 1000) / 1000 }) as { [P in K]: string } & { ms: number; share: number });
  return {
    totalMs: Math.round(total),
    busyMs: Math.round(busy),
    selfByCategory: ranked(self, 'category', 15),
    inclusiveByCategory: ranked(inclusive, 'category', 15),
    topFunctions: ranked(functions, 'fn', top),
  };
}
