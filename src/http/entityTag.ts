/** RFC 9110 §8.8.3 entity-tag: optional weakness prefix, then an opaque tag in double quotes. */
const ENTITY_TAG = /(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/g;

/**
 * Whether an If-None-Match header names the selected representation, which turns a GET or HEAD into
 * 304 Not Modified (RFC 9110 §13.1.2): `*` matches any current representation; otherwise the header
 * lists entity tags, compared weakly (a `W/` prefix on either side is ignored: a proxy that
 * recompresses may weaken a tag, and the client may still hold these exact bytes).
 */
export function ifNoneMatchNames(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const ours = opaqueTag(etag);
  for (const match of header.matchAll(ENTITY_TAG)) {
    if (match[2] === ours) return true;
  }
  return false;
}

function opaqueTag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/^"|"$/g, '');
}
