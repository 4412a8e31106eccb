/**
 * Builds `_links` URLs. Front writes them on the company host (`https://<company>.api.frontapp.com`),
 * not on the host the request came to, so they are always built on the configured link base.
 */
export interface FrontLinks {
  readonly baseUrl: string;
  /** `<base>/<segments joined by />`. */
  to(...segments: ReadonlyArray<string>): string;
}

export function createFrontLinks(baseUrl: string): FrontLinks {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    baseUrl: base,
    to: (...segments) => `${base}/${segments.join('/')}`,
  };
}
