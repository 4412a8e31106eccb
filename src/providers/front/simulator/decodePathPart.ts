/** Percent-decodes a path or path segment; a malformed escape is kept as sent rather than thrown. */
export function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
