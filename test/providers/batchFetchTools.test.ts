import { answerInOrder, fetchBySlices, fetchEachById, lookupInList } from '../../src/providers/batchFetchTools';
import { UpstreamHttpError } from '../../src/providers/http/upstreamFailure';
import { mapWithConcurrency } from '../../src/providers/mapWithConcurrency';
import { ErrorCode } from '../../src/errorCodes';

const record = (id: string) => ({ nativeId: id });
const notFound = () => new UpstreamHttpError('front', 404, false, null, ErrorCode.UPSTREAM_ERROR, { code: 'NotFound', message: 'not found' });

describe('answerInOrder', () => {
  it('answers each id in order, null where the provider returned nothing', () => {
    expect(answerInOrder(['3', '1', '9', '3'], [record('1'), record('3')], (node) => node.nativeId)).toEqual([record('3'), record('1'), null, record('3')]);
  });
});

describe('fetchBySlices', () => {
  it('sends each distinct well-formed id once, in slices of at most the maximum, and answers every id in order', async () => {
    const slices: string[][] = [];
    const batch = fetchBySlices(
      2,
      async (slice) => {
        slices.push([...slice]);
        return slice.map((id) => (id === '4' ? null : record(id)));
      },
      (id) => /^\d+$/.test(id),
    );
    const result = await batch(['1', '2', 'x', '3', '1', '4', '5']);
    expect(slices).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect(result).toEqual([record('1'), record('2'), null, record('3'), record('1'), null, record('5')]);
  });

  it('answers the ids of a failed slice with its Error and keeps the other slices', async () => {
    const failure = new Error('slice failed');
    const batch = fetchBySlices(2, async (slice) => {
      if (slice.includes('3')) throw failure;
      return slice.map(record);
    });
    expect(await batch(['1', '2', '3', '4'])).toEqual([record('1'), record('2'), failure, failure]);
  });

  it('resolves only when every slice has answered, so the next level of relations asks in one wave', async () => {
    const releases: Array<() => void> = [];
    const batch = fetchBySlices<{ nativeId: string }>(1, (slice) => new Promise((resolve) => releases.push(() => resolve(slice.map(record)))));
    let done = false;
    const pending = batch(['1', '2']).then((result) => {
      done = true;
      return result;
    });
    await Promise.resolve();
    releases[0]?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    releases[1]?.();
    expect(await pending).toEqual([record('1'), record('2')]);
  });

  it('treats a slice answered with the wrong length as failed, never returning a shorter array', async () => {
    const batch = fetchBySlices(10, async () => [record('1')]);
    const result = await batch(['1', '2']);
    expect(result).toHaveLength(2);
    expect(result.every((item) => item instanceof Error)).toBe(true);
  });
});

describe('fetchEachById', () => {
  it('answers a 404 with null and any other failure with that id’s Error', async () => {
    const unavailable = new UpstreamHttpError('front', 503, true, null, ErrorCode.UPSTREAM_UNAVAILABLE);
    const batch = fetchEachById(2, async (id) => {
      if (id === 'gone') throw notFound();
      if (id === 'down') throw unavailable;
      return record(id);
    });
    expect(await batch(['a', 'gone', 'down', 'b'])).toEqual([record('a'), null, unavailable, record('b')]);
  });

  it('answers ids that `isWellFormed` rejects with null, without a call', async () => {
    const fetched: string[] = [];
    const batch = fetchEachById(
      2,
      async (id) => {
        fetched.push(id);
        return record(id);
      },
      (id) => /^\d+$/.test(id),
    );
    expect(await batch(['1', 'x', '2', ''])).toEqual([record('1'), null, record('2'), null]);
    expect(fetched).toEqual(['1', '2']);
  });

  it('never has more than `concurrency` calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const batch = fetchEachById(3, async (id) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return record(id);
    });
    const ids = Array.from({ length: 20 }, (_, index) => String(index));
    expect(await batch(ids)).toEqual(ids.map(record));
    expect(peak).toBe(3);
  });
});

describe('lookupInList', () => {
  it('answers any number of ids from one read of the list', async () => {
    let reads = 0;
    const batch = lookupInList(async () => {
      reads += 1;
      return [record('a'), record('b')];
    }, (node) => node.nativeId);
    expect(await batch(['b', 'z', 'a'])).toEqual([record('b'), null, record('a')]);
    expect(reads).toBe(1);
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and refuses a limit below 1', async () => {
    expect(await mapWithConcurrency([3, 1, 2], 2, async (value) => value * 10)).toEqual([30, 10, 20]);
    await expect(mapWithConcurrency([1], 0, async (value) => value)).rejects.toThrow(RangeError);
  });
});
