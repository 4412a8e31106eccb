import type { FrontLinks } from './frontLinks';
import type { PageTokenCodec } from './pageTokenCodec';

/** Builders a list response needs: URLs on the company host and page tokens. */
export interface FrontListTools {
  readonly links: FrontLinks;
  readonly tokens: PageTokenCodec;
}
