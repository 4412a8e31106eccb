import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import semver from 'semver';

interface LockedPackage {
  readonly version?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly engines?: Readonly<Record<string, string>> | ReadonlyArray<string>;
}

/**
 * What `npm ci` checks for EBADENGINE, read from the lockfile: every package installed for the
 * runtime (not `dev`) accepts the Node version that runs this suite (CI's, Node 20). Dev tools
 * (the codegen CLI's loaders) may warn; the service must not depend on anything that does.
 */
describe('runtime dependencies and the Node version', () => {
  const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
  const root = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { engines: { node: string } };

  it('installs no runtime package whose engines refuse this Node', () => {
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      if (path === '' || entry.dev === true || entry.engines === undefined || Array.isArray(entry.engines)) return [];
      const range = (entry.engines as Readonly<Record<string, string>>).node;
      return range !== undefined && !semver.satisfies(process.version, range, { includePrerelease: true }) ? [`${path}@${entry.version ?? '?'}: node ${range}`] : [];
    });
    expect(refusing).toEqual([]);
  });

  it('says in package.json which Node it runs on, and this Node is one', () => {
    expect(semver.satisfies(process.version, root.engines.node)).toBe(true);
  });
});
