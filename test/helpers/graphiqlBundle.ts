import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the GraphiQL bundle if it is missing or older than its sources (`npm run build` does it in
 * CI; this keeps `npx jest <file>` working on a fresh checkout). A no-op when up to date.
 */
export function ensureGraphiqlBundle(): void {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build-graphiql.js'), '--if-stale'], { stdio: 'inherit' });
}
