import { createLocalReferenceCache, noReferenceCache } from '../../src/providers/referenceCache';

describe('reference cache (REFERENCE_CACHE_TTL_MS)', () => {
  it('serves a list from memory while it is younger than the TTL, and reads it again after', async () => {
    let clock = 1_000;
    const cache = createLocalReferenceCache(60_000, () => clock);
    let loads = 0;
    const load = async () => {
      loads += 1;
      return [{ nativeId: String(loads) }];
    };
    expect(await cache.get('intercom.admins', load)).toEqual([{ nativeId: '1' }]);
    clock += 59_999;
    expect(await cache.get('intercom.admins', load)).toEqual([{ nativeId: '1' }]);
    expect(loads).toBe(1);
    clock += 1;
    expect(await cache.get('intercom.admins', load)).toEqual([{ nativeId: '2' }]);
    expect(loads).toBe(2);
  });

  it('keeps each name apart, and no failed read', async () => {
    const cache = createLocalReferenceCache(60_000, () => 0);
    await expect(cache.get('front.inboxes', () => Promise.reject(new Error('503')))).rejects.toThrow('503');
    expect(await cache.get('front.inboxes', async () => ['inbox'])).toEqual(['inbox']);
    expect(await cache.get('front.teammates', async () => ['teammate'])).toEqual(['teammate']);
  });

  it('reads every time without a TTL', async () => {
    let loads = 0;
    const load = async () => ++loads;
    await noReferenceCache.get('zendesk.groups', load);
    await noReferenceCache.get('zendesk.groups', load);
    expect(loads).toBe(2);
  });
});
