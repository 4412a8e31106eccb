import { spawnSync } from 'node:child_process';
import path from 'node:path';

// `npm run lint`'s layer rules (.dependency-cruiser.cjs) run here on a miniature of src/ whose files
// each break one rule or are allowed, then on the real src/. dependency-cruiser's JS API is ESM-only,
// which ts-jest's CommonJS cannot load, so the test runs its CLI as `npm run lint` does.

const repoRoot = path.resolve(__dirname, '../..');
const depcruise = path.join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = path.join(repoRoot, '.dependency-cruiser.cjs');

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
  readonly cycle?: ReadonlyArray<{ readonly name: string }>;
  readonly via?: ReadonlyArray<{ readonly name: string }>;
}

interface CruiseModule {
  readonly source: string;
  readonly couldNotResolve?: boolean;
}

interface CruiseResult {
  readonly modules: ReadonlyArray<CruiseModule>;
  readonly summary: { readonly violations: ReadonlyArray<Violation> };
}

function lint(cwd: string): CruiseResult {
  const run = spawnSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.stdout === '') throw new Error(`depcruise printed nothing (exit ${String(run.status)}): ${run.stderr}`);
  return JSON.parse(run.stdout) as CruiseResult;
}

/** `rule: from → to`, with a package shown by name wherever node_modules is. */
function violationLine(violation: Violation): string {
  const packageName = (file: string): string => file.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1');
  return `${violation.rule.name}: ${violation.from} → ${packageName(violation.to)}`;
}

describe('layer rules (npm run lint)', () => {
  test('each rule reports the fixture files that break it, and only those', () => {
    const result = lint(path.join(repoRoot, 'test/fixtures/layers'));

    expect(result.summary.violations.map(violationLine).sort()).toEqual(
      [
        'relay-imports-no-provider: src/relay/callsZendesk.ts → src/providers/zendesk/paginator.ts',
        'relay-imports-no-provider: src/relay/knowsZendesk.ts → src/providers/zendesk/paginator.ts',
        'providers-import-no-graphql: src/providers/zendesk/paginator.ts → graphql',
        'providers-import-no-graphql: src/providers/intercom/usesContext.ts → src/context.ts',
        'providers-reach-no-graphql: src/providers/zendesk/paginator.ts → graphql',
        'providers-reach-no-graphql: src/providers/intercom/usesContext.ts → src/context.ts',
        'providers-reach-no-graphql: src/providers/front/usesErrors.ts → graphql',
        'simulators-import-no-gateway: src/simulators/zendesk/startSimulator.ts → src/server.ts',
        'simulators-import-no-gateway: src/simulators/front/apolloPlugin.ts → @apollo/server',
        'no-cycles: src/cycle/first.ts → src/cycle/second.ts',
      ].sort(),
    );
    const reachedThroughErrors = result.summary.violations.find((v) => v.from === 'src/providers/front/usesErrors.ts');
    expect(reachedThroughErrors?.via?.map((step) => step.name)[0]).toBe('src/errors.ts');
  });

  test('the real src/ keeps its layers, and the cruise saw every layer', () => {
    const result = lint(repoRoot);

    expect(result.summary.violations.map(violationLine)).toEqual([]);
    const sources = result.modules.map((cruised) => cruised.source);
    for (const layer of ['src/relay/', 'src/providers/', 'src/simulators/', 'src/resolvers/']) {
      expect(sources.filter((source) => source.startsWith(layer)).length).toBeGreaterThan(3);
    }
    // An import the resolver cannot follow would be an edge no rule sees.
    expect(result.modules.filter((cruised) => cruised.couldNotResolve).map((cruised) => cruised.source)).toEqual([]);
  });
});
