import { MAX_VARIABLES_DEPTH, nestsDeeperThan } from '../../src/plugins/variablesDepthPlugin';

/** `levels` objects/lists around a leaf, alternating like a search filter's `{ and: [ … ] }`. */
function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level += 1) value = level % 2 === 0 ? [value] : { and: value };
  return value;
}

describe('nestsDeeperThan', () => {
  it('counts each object or list as one level; scalars are none', () => {
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan(null, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan(nested(5), 5)).toBe(false);
    expect(nestsDeeperThan(nested(6), 5)).toBe(true);
  });

  it('finds the deep branch among wide shallow ones', () => {
    const wide = { a: Array.from({ length: 1_000 }, (_, i) => ({ i })), b: nested(4) };
    expect(nestsDeeperThan(wide, 5)).toBe(false);
    expect(nestsDeeperThan({ ...wide, c: [1, 2, nested(5)] }, 5)).toBe(true);
  });

  it('walks values far deeper than the stack allows without overflowing', () => {
    // Built without recursion; 200,000 levels overflow any recursive walk (graphql-js overflowed at ~2,000).
    expect(nestsDeeperThan(nested(200_000), MAX_VARIABLES_DEPTH)).toBe(true);
  });

  it('leaves room for the deepest input of the schema: an Intercom filter with two levels of groups', () => {
    const filter = { and: [{ or: [{ field: 'TAG_IDS', operator: 'IN', values: ['1', '2'] }, { field: 'STATE', operator: 'EQ', value: 'open' }] }] };
    expect(nestsDeeperThan(filter, MAX_VARIABLES_DEPTH)).toBe(false);
    expect(nestsDeeperThan(filter, 6)).toBe(false);
  });
});
