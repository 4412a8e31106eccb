/** The content codings this server can send a response in. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/** RFC 9110 §8.4.1.3: "x-gzip" is an alias a recipient should treat as "gzip". */
const ALIASES: Readonly<Record<string, string>> = { 'x-gzip': 'gzip' };
/** RFC 9110 §12.4.2 qvalue: 0 to 1 with at most three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Picks the coding to send from `offered` (the server's order of preference, best first) by the
 * request's Accept-Encoding, as RFC 9110 §12.5.3 defines it: codings are case-insensitive and
 * weighted by `q` (default 1, `q=0` refuses), `*` stands for every coding not named, and `identity`
 * is acceptable unless refused (`identity;q=0`, or `*;q=0` without an `identity` entry). Equal
 * weights go to the server's preference (`identity` last in `offered`, so it only wins when
 * preferred or alone). Returns null when every offered coding is refused.
 *
 * No header at all allows any coding, but this answers `identity` then: clients that send none
 * (curl, scripts) expect the file as it is.
 */
export function negotiateContentCoding(header: string | undefined, offered: readonly ContentCoding[]): ContentCoding | null {
  if (header === undefined) return offered.includes('identity') ? 'identity' : null;
  const weights = parseAcceptEncoding(header);
  const wildcard = weights.get('*');
  // Acceptable but not asked for: ranked below every coding the client named (as `negotiator`
  // does), so `br;q=0.5` still gets brotli rather than the uncompressed file.
  const unnamedIdentity = Math.min(1, ...[...weights.values()].filter((weight) => weight > 0));
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of offered) {
    const weight = weights.get(coding) ?? wildcard ?? (coding === 'identity' ? unnamedIdentity : 0);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/** Coding → weight; a coding listed twice keeps its highest weight; malformed members are ignored. */
function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const member of header.split(',')) {
    const [name = '', ...parameters] = member.split(';').map((part) => part.trim().toLowerCase());
    if (name === '') continue; // RFC 9110 §5.6.1: empty list elements are allowed and mean nothing
    const weight = weightOf(parameters);
    if (weight === null) continue;
    const coding = ALIASES[name] ?? name;
    weights.set(coding, Math.max(weight, weights.get(coding) ?? 0));
  }
  return weights;
}

function weightOf(parameters: readonly string[]): number | null {
  let weight = 1;
  for (const parameter of parameters) {
    const [key = '', value = ''] = parameter.split('=').map((part) => part.trim());
    if (key !== 'q') continue;
    if (!QVALUE.test(value)) return null;
    weight = Number(value);
  }
  return weight;
}
