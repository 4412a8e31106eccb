import { withDeferredNodes } from '../../src/providers/deferredNodes';

describe('withDeferredNodes', () => {
  it('reads the records once, on first use, and keeps the envelope as given', () => {
    const readNodes = jest.fn(() => ['a', 'b']);
    const page = withDeferredNodes({ nextToken: { startingAfter: 'next' }, previousToken: null, totalCount: 2 }, readNodes);
    expect(page.nextToken).toEqual({ startingAfter: 'next' });
    expect(readNodes).not.toHaveBeenCalled();
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.nodes).toBe(page.nodes);
    expect(readNodes).toHaveBeenCalledTimes(1);
  });

  it('throws the records’ validation error to whoever reads them', () => {
    const page = withDeferredNodes({ nextToken: null, previousToken: null }, () => {
      throw new Error('bad record');
    });
    expect(() => page.nodes).toThrow('bad record');
    expect(() => page.nodes).toThrow('bad record');
  });
});
