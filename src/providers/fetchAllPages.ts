import { ErrorCode } from '../errorCodes';
import { ProviderError } from './providerError';
import type { JsonValue, Paginator } from './types';

/**
 * Reads a whole (small) list through its paginator, forward, at the provider's maximum page size:
 * for lists that lookups by id are served from (Zendesk groups, Front tags). A token that comes back
 * twice would loop forever, so it fails as broken paging instead.
 */
export async function fetchAllPages<TNode, TArgs, TToken extends JsonValue>(
  paginator: Paginator<TNode, TArgs, TToken>,
  args: TArgs,
): Promise<ReadonlyArray<TNode>> {
  const nodes: TNode[] = [];
  const seen = new Set<string>();
  let token: TToken | null = null;
  for (;;) {
    const page = await paginator.fetchPage(args, { token, direction: 'forward', size: paginator.maxPageSize });
    nodes.push(...page.nodes);
    // An empty page ends the list too: Zendesk sets has_more on every full page.
    if (page.nextToken === null || page.nodes.length === 0) return nodes;
    const key = JSON.stringify(page.nextToken);
    if (seen.has(key)) {
      throw new ProviderError(ErrorCode.UPSTREAM_PAGINATION_ERROR, `${paginator.resource}: the provider repeated a page token.`);
    }
    seen.add(key);
    token = page.nextToken;
  }
}
