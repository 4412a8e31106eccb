import { createCursorCodec } from '../../src/relay/cursor';
import type { RelayOptions } from '../../src/relay/resolveConnection';

export const TEST_SECRET = Buffer.from('test-secret-test-secret-test-secret!');

export function relayOptions(overrides: { defaultPageSize?: number; maxPageSize?: number } = {}): RelayOptions {
  return {
    limits: { defaultPageSize: overrides.defaultPageSize ?? 5, maxPageSize: overrides.maxPageSize ?? 500 },
    cursors: createCursorCodec(TEST_SECRET),
  };
}
