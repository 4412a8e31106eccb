import type { TestGateway } from './testGateway';

export interface ConnectionPage {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: { readonly nativeId: string } }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly hasPreviousPage: boolean; readonly startCursor: string | null; readonly endCursor: string | null };
}

/** A query over `<namespace> { <field>(first, after, ...) }` selecting cursors and native ids. */
export function connectionQuery(namespace: string, field: string, extraArgs = '', extraVars = ''): string {
  const args = ['first: $first', 'after: $after', 'last: $last', 'before: $before', extraArgs].filter(Boolean).join(', ');
  return `query Page($first: Int, $after: String, $last: Int, $before: String${extraVars}) {
    ${namespace} { ${field}(${args}) {
      edges { cursor node { nativeId } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    } }
  }`;
}

export async function fetchPage(
  gateway: TestGateway,
  namespace: string,
  field: string,
  variables: Record<string, unknown>,
  extra: { args?: string; vars?: string } = {},
): Promise<ConnectionPage> {
  const response = await gateway.query<Record<string, Record<string, ConnectionPage>>>(
    connectionQuery(namespace, field, extra.args, extra.vars),
    variables,
  );
  if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  const page = response.data?.[namespace]?.[field];
  if (!page) throw new Error('no connection in the response');
  return page;
}

/** Pages forward from the start with `first`, resuming from each `endCursor`, until hasNextPage is false. */
export async function traverseForward(
  gateway: TestGateway,
  namespace: string,
  field: string,
  first: number,
  variables: Record<string, unknown> = {},
  extra: { args?: string; vars?: string } = {},
): Promise<{ ids: string[]; requests: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let requests = 1; ; requests += 1) {
    const page: ConnectionPage = await fetchPage(gateway, namespace, field, { ...variables, first, after }, extra);
    ids.push(...page.edges.map((edge) => edge.node.nativeId));
    if (!page.pageInfo.hasNextPage) return { ids, requests };
    after = page.pageInfo.endCursor;
  }
}
