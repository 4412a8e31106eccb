import { isoFromText, isoFromUnixSeconds, isoFromUnixSecondsOrNull, unixSecondsFromIso } from '../../src/providers/isoTime';

describe('isoTime', () => {
  it('turns Intercom whole and Front fractional unix seconds into ISO 8601 in UTC, keeping milliseconds', () => {
    expect(isoFromUnixSeconds(1707930081)).toBe('2024-02-14T17:01:21.000Z');
    expect(isoFromUnixSeconds(1701292649.333)).toBe('2023-11-29T21:17:29.333Z');
    expect(isoFromUnixSecondsOrNull(null)).toBeNull();
  });

  it('reads Zendesk ISO text in any offset as the same instant in UTC', () => {
    expect(isoFromText('2024-02-14T17:01:21Z')).toBe('2024-02-14T17:01:21.000Z');
    expect(isoFromText('2024-02-14T18:01:21+01:00')).toBe('2024-02-14T17:01:21.000Z');
    expect(isoFromText('yesterday')).toBeNull();
  });

  it('turns a served time back into the whole unix seconds Intercom search compares', () => {
    expect(unixSecondsFromIso('2024-02-14T17:01:21.999Z')).toBe(1707930081);
    expect(unixSecondsFromIso(isoFromUnixSeconds(1707930081))).toBe(1707930081);
  });
});
