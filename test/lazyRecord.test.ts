import { lazyRecord } from '../src/lazyRecord';

describe('lazyRecord', () => {
  it('builds a property on its first read only, once, and keeps it', () => {
    const built: string[] = [];
    const record = lazyRecord<{ a: { name: string }; b: number }>({
      a: () => {
        built.push('a');
        return { name: 'a' };
      },
      b: () => {
        built.push('b');
        return 2;
      },
    });
    expect(built).toEqual([]);
    const first = record.a;
    expect(record.a).toBe(first);
    expect(built).toEqual(['a']);
    expect(Object.keys(record)).toEqual(['a']);
  });

  it('keeps records of the same keys apart', () => {
    const one = lazyRecord<{ value: number }>({ value: () => 1 });
    const two = lazyRecord<{ value: number }>({ value: () => 2 });
    expect([two.value, one.value]).toEqual([2, 1]);
  });

  it('serves records of other keys from their own prototype', () => {
    const shared = lazyRecord<{ x: string; y: string }>({ x: () => 'x', y: () => 'y' });
    const other = lazyRecord<{ x: string }>({ x: () => 'other x' });
    expect([shared.y, other.x, shared.x]).toEqual(['y', 'other x', 'x']);
    expect('y' in other).toBe(false);
  });

  it('refuses to have a built property replaced', () => {
    const record = lazyRecord<{ value: number }>({ value: () => 1 });
    expect(record.value).toBe(1);
    expect(() => {
      (record as { value: number }).value = 2;
    }).toThrow(TypeError);
  });
});
