/**
 * The one place a provider's time becomes what the DateTime scalar serves: ISO 8601 in UTC with
 * milliseconds (`2024-02-14T17:01:21.000Z`). Providers disagree on time: Zendesk sends ISO 8601
 * strings (`2024-02-14T17:01:21Z`), Intercom whole unix seconds, Front unix seconds with up to three
 * decimals. Intercom and Front models turn their seconds into ISO text when mapped; Zendesk models
 * keep Zendesk's own ISO text, and the scalar (src/resolvers/dateTime.ts) serves every DateTime
 * through `isoFromText`, so a date is parsed only when a client selects it: parsing both dates of
 * every record when mapped cost ~5% of the gateway's CPU in the throughput bench (`Date.parse` on
 * 20 texts per ten-ticket page). Client input is read with the same functions, and Intercom's search
 * filter turns it back into seconds here.
 */

/** Unix seconds, whole or fractional (Front: `1701292649.333`); the milliseconds survive. */
export function isoFromUnixSeconds(seconds: number): string {
  return new Date(Math.round(seconds * 1000)).toISOString();
}

export function isoFromUnixSecondsOrNull(seconds: number | null): string | null {
  return seconds === null ? null : isoFromUnixSeconds(seconds);
}

/** An ISO 8601 text in any offset, as the same instant in UTC; `null` when it is no date. */
export function isoFromText(text: string): string | null {
  const milliseconds = Date.parse(text);
  return Number.isNaN(milliseconds) ? null : new Date(milliseconds).toISOString();
}

/** A served ISO time as unix seconds (Intercom's search compares those), rounded down. */
export function unixSecondsFromIso(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
