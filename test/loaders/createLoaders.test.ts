import { createLoaders } from '../../src/loaders/createLoaders';
import { loadExisting, loadOptional } from '../../src/loaders/loadRelated';
import { primeNodes } from '../../src/loaders/primeNodes';
import type { UpstreamHttp, UpstreamRequest } from '../../src/providers/http/httpClient';
import { createFrontProvider } from '../../src/providers/front/api/frontProvider';
import { createIntercomProvider } from '../../src/providers/intercom/api/intercomProvider';
import { createZendeskProvider } from '../../src/providers/zendesk/api/zendeskProvider';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';
import { recordingHttp } from '../providers/intercom/api/recordingHttp';

const rawUser = (id: number) => ({ id, name: `User ${id}`, role: 'agent', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' });
const showMany = (request: UpstreamRequest) => ({ users: String(request.query?.ids ?? '').split(',').map(Number).map(rawUser) });

/** A request's loaders over providers whose HTTP view is `http`, as the context factory builds them. */
function loadersOver(http: UpstreamHttp) {
  return createLoaders(PROVIDER_MODULES, { zendesk: createZendeskProvider(http), intercom: createIntercomProvider(http), front: createFrontProvider(http) });
}

describe('createLoaders', () => {
  it('batches the loads of one tick into one call per endpoint and dedupes repeated ids', async () => {
    const http = recordingHttp(showMany);
    const { zendesk } = loadersOver(http);
    const users = await Promise.all(['3', '1', '3', '2'].map((id) => zendesk.users.load(id)));
    expect(users.map((user) => user?.nativeId)).toEqual(['3', '1', '3', '2']);
    expect(http.requests.map((request) => request.query?.ids)).toEqual(['3,1,2']);
  });

  it('caches within a request: a second load of the same id costs nothing', async () => {
    const http = recordingHttp(showMany);
    const { zendesk } = loadersOver(http);
    await zendesk.users.load('5');
    await zendesk.users.load('5');
    expect(http.requests).toHaveLength(1);
  });

  it('shares nothing between two requests: each set of loaders fetches for itself, primed values included', async () => {
    const http = recordingHttp(showMany);
    const first = loadersOver(http);
    const second = loadersOver(http);
    primeNodes(first.zendesk.users, [{ ...rawUserModel(8), name: 'primed in request 1' }]);
    const [fromFirst, fromSecond] = await Promise.all([first.zendesk.users.load('8'), second.zendesk.users.load('8')]);
    expect(fromFirst?.name).toBe('primed in request 1');
    expect(fromSecond?.name).toBe('User 8');
    expect(http.requests.map((request) => request.query?.ids)).toEqual(['8']);
  });

  it('rejects only the keys whose lookup failed (DataLoader contract: an Error in the result array)', async () => {
    const http = recordingHttp(() => {
      throw new Error('upstream down');
    });
    const { zendesk } = loadersOver(http);
    const results = await Promise.allSettled([zendesk.users.load('1'), zendesk.users.load('not-a-zendesk-id')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    expect(results[1]).toEqual({ status: 'fulfilled', value: null });
  });
});

describe('loadExisting and loadOptional', () => {
  it('keep the order of the ids, drop unknown ones, and skip the load for a missing id', async () => {
    const http = recordingHttp((request) => ({ users: showMany(request).users.filter((user) => user.id !== 2) }));
    const { zendesk } = loadersOver(http);
    expect((await loadExisting(zendesk.users, ['3', '2', '1'])).map((user) => user.nativeId)).toEqual(['3', '1']);
    expect(await loadOptional(zendesk.users, null)).toBeNull();
    expect(http.requests).toHaveLength(1);
  });

  it('fails a list relation when one of its lookups failed, rather than silently dropping it', async () => {
    const http = recordingHttp(() => {
      throw new Error('upstream down');
    });
    const { zendesk } = loadersOver(http);
    await expect(loadExisting(zendesk.users, ['1'])).rejects.toThrow('upstream down');
  });
});

function rawUserModel(id: number) {
  return {
    nativeId: String(id),
    name: `User ${id}`,
    email: null,
    role: 'agent',
    organizationId: null,
    active: true,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  };
}
