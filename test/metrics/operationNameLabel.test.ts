import { createOperationNameLabels } from '../../src/metrics/operationNameLabel';

describe('operation name labels', () => {
  it('labels anonymous operations "anonymous"', () => {
    const label = createOperationNameLabels(3);
    expect(label(null)).toBe('anonymous');
    expect(label('')).toBe('anonymous');
  });

  it('gives the first names seen their own label and every later new name "other"', () => {
    const label = createOperationNameLabels(3);
    expect(['A', 'B', 'C', 'D', 'E'].map(label)).toEqual(['A', 'B', 'C', 'other', 'other']);
    // Names already tracked keep their label after the cap is reached.
    expect(['C', 'A', 'D'].map(label)).toEqual(['C', 'A', 'other']);
  });

  it('labels what is not a GraphQL name "other", without spending a slot on it', () => {
    const label = createOperationNameLabels(1);
    expect(['a b', 'x"}', 'ünicode', '1abc', 'a\nb'].map(label)).toEqual(['other', 'other', 'other', 'other', 'other']);
    expect(label('Real')).toBe('Real');
  });

  it('cuts long names to 64 characters', () => {
    const label = createOperationNameLabels(5);
    expect(label(`Q${'x'.repeat(500)}`)).toBe(`Q${'x'.repeat(63)}`);
  });
});
