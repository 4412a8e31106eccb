import type { ZendeskQueryResolvers, ZendeskSearchResultResolvers, ZendeskSearchType } from '../../../__generated__/resolversTypes';
import { badUserInput } from '../../../errors';
import type { Connection } from '../../../relay/connection';
import { resolveConnection } from '../../../relay/resolveConnection';
import { nodeTypeOf, tagNodeType } from '../../../resolvers/nodeType';
import { unixSecondsFromIso } from '../../isoTime';
import type { ZendeskIncrementalArgs } from '../api/incrementalPaginator';
import type { ZendeskSearchResultModel, ZendeskSearchType as NativeSearchType } from '../api/searchPaginator';

const SEARCH_TYPES: Readonly<Record<ZendeskSearchType, NativeSearchType>> = {
  TICKET: 'ticket',
  USER: 'user',
  ORGANIZATION: 'organization',
  GROUP: 'group',
};

const TYPENAMES = {
  ticket: 'ZendeskTicket',
  user: 'ZendeskUser',
  organization: 'ZendeskOrganization',
  group: 'ZendeskGroup',
} as const;

/** IncrementalUnixTime: `start_time` "must be at least one minute in the past". */
const INCREMENTAL_MIN_AGE_SECONDS = 60;

/**
 * `zendesk.search`, `zendesk.incrementalTickets` and `zendesk.incrementalUsers`, merged into
 * `ZendeskQuery` by resolvers.ts. Search picks its endpoint by `type`: the export when given (no
 * result limit), otherwise the offset search (1,000 results at most, see searchPaginator.ts).
 */
export const zendeskSearchQueryResolvers: Pick<ZendeskQueryResolvers, 'search' | 'incrementalTickets' | 'incrementalUsers'> = {
  search: async (_parent, args, context) => {
    const query = args.query.trim();
    if (query === '') throw badUserInput('`query` cannot be empty: Zendesk search needs at least one term.', { argument: 'query' });
    const zendesk = context.providers.zendesk;
    if (args.type === null || args.type === undefined) {
      return taggedResults(await resolveConnection(zendesk.search, { query }, args, context.relay));
    }
    if (/(^|\s)type:/i.test(query)) {
      // ExportSearchResults: "Searches with type in the query string will result in an error."
      throw badUserInput('With `type`, the query must not contain a `type:` term: pass the object type only as `type`.', { argument: 'query' });
    }
    return taggedResults(await resolveConnection(zendesk.searchExport, { query, type: SEARCH_TYPES[args.type] }, args, context.relay));
  },
  incrementalTickets: (_parent, args, context) =>
    resolveConnection(context.providers.zendesk.incrementalTickets, incrementalArgs(args.since), args, context.relay),
  incrementalUsers: (_parent, args, context) =>
    resolveConnection(context.providers.zendesk.incrementalUsers, incrementalArgs(args.since), args, context.relay),
};

export const zendeskSearchResultResolvers: ZendeskSearchResultResolvers = {
  __resolveType: (parent) => nodeTypeOf(parent) as (typeof TYPENAMES)[keyof typeof TYPENAMES],
};

function incrementalArgs(since: string): ZendeskIncrementalArgs {
  const startTime = unixSecondsFromIso(since);
  if (startTime > Date.now() / 1000 - INCREMENTAL_MIN_AGE_SECONDS) {
    throw badUserInput('`since` must be at least one minute in the past: Zendesk exports no changes from the most recent minute.', { argument: 'since' });
  }
  if (startTime < 0) throw badUserInput('`since` cannot be before 1970-01-01T00:00:00Z.', { argument: 'since' });
  return { startTime };
}

/**
 * The connection with each result replaced by its record, tagged with its GraphQL type for
 * `ZendeskSearchResult.__resolveType` (the records themselves do not say what they are). Edge
 * cursors stay lazy: they are signed only when read.
 */
function taggedResults(connection: Connection<ZendeskSearchResultModel>) {
  const tag = (result: ZendeskSearchResultModel) => tagNodeType(result.record, TYPENAMES[result.resultType]);
  const nodes = connection.nodes.map(tag);
  return {
    edges: connection.edges.map((edge, index) => ({
      node: nodes[index] ?? tag(edge.node),
      get cursor() {
        return edge.cursor;
      },
    })),
    nodes,
    get pageInfo() {
      return connection.pageInfo;
    },
    totalCount: () => connection.totalCount(),
  };
}
