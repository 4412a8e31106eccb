import { createConcurrencyGate } from '../../src/providers/concurrencyGate';

describe('createConcurrencyGate', () => {
  it('runs at most `limit` tasks at once, the rest in call order, and passes results and failures through', async () => {
    const gate = createConcurrencyGate(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const releases: Array<() => void> = [];
    const task = (index: number) => () => {
      started.push(index);
      running += 1;
      peak = Math.max(peak, running);
      return new Promise<number>((resolve) => releases.push(() => {
        running -= 1;
        resolve(index);
      }));
    };
    const results = [0, 1, 2, 3].map((index) => gate.run(task(index)));
    const failed = gate.run(() => Promise.reject(new Error('boom'))).then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3]);
    await expect(failed).resolves.toBe('boom');
    expect(started).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createConcurrencyGate(0)).toThrow(RangeError);
  });
});
