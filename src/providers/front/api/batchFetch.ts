import type { z } from 'zod';

import { fetchEachById, lookupInList } from '../../batchFetchTools';
import type { UpstreamHttp } from '../../http/httpClient';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { BatchFetch } from '../../types';
import { toAccount, toContact, toConversation, toEvent, toInbox } from './toModels';
import type {
  FrontAccountModel,
  FrontChannelModel,
  FrontContactModel,
  FrontConversationModel,
  FrontEventModel,
  FrontInboxModel,
  FrontTagModel,
  FrontTeamModel,
  FrontTeammateModel,
} from './models';
import { rawAccount, rawContact, rawConversation, rawEvent, rawInbox, wholeListOf } from './types';

/**
 * Front has no batch endpoint for any record: lookups by id are single GETs, at most this many at a
 * time. Front's rate limit is per company and per minute (50 to 500 calls depending on the plan,
 * https://dev.frontapp.com/docs/rate-limiting), and "burst" limits apply to some resources, so a
 * lookup of 100 contacts must not fire 100 calls at once.
 */
export const FRONT_LOOKUP_CONCURRENCY = 5;

export interface FrontBatchFetch {
  readonly conversations: BatchFetch<FrontConversationModel>;
  readonly contacts: BatchFetch<FrontContactModel>;
  readonly accounts: BatchFetch<FrontAccountModel>;
  /** Teammates, inboxes and tags are answered from their whole lists, read once per request. */
  readonly teammates: BatchFetch<FrontTeammateModel>;
  readonly inboxes: BatchFetch<FrontInboxModel>;
  readonly tags: BatchFetch<FrontTagModel>;
  /** Teams and channels too: one list call serves every lookup of the request (GET /teams/{id} would be one per id). */
  readonly teams: BatchFetch<FrontTeamModel>;
  readonly channels: BatchFetch<FrontChannelModel>;
  readonly events: BatchFetch<FrontEventModel>;
  /**
   * The inboxes of each conversation (keyed by conversation id). The conversation object carries no
   * inbox ids, only `_links.related.inboxes`, so this is one GET per conversation.
   */
  readonly conversationInboxes: BatchFetch<ReadonlyArray<FrontInboxModel>>;
}

/** The per-request memos of the whole lists, owned by the provider. */
export interface FrontListSources {
  teammates(): Promise<ReadonlyArray<FrontTeammateModel>>;
  inboxes(): Promise<ReadonlyArray<FrontInboxModel>>;
  tags(): Promise<ReadonlyArray<FrontTagModel>>;
  teams(): Promise<ReadonlyArray<FrontTeamModel>>;
  channels(): Promise<ReadonlyArray<FrontChannelModel>>;
}

const byNativeId = (node: { readonly nativeId: string }): string => node.nativeId;

export function createFrontBatchFetch(http: UpstreamHttp, lists: FrontListSources): FrontBatchFetch {
  const each = <TNode>(fetchOne: (id: string) => Promise<TNode>) => fetchEachById(FRONT_LOOKUP_CONCURRENCY, fetchOne);
  return {
    // https://dev.frontapp.com/reference/get-conversation-by-id
    conversations: each((id) => getRecord(http, `/conversations/${pathSegment('front', 'a conversation id', id)}`, 'GET /conversations/:id', rawConversation, toConversation)),
    // https://dev.frontapp.com/reference/get-contact
    contacts: each((id) => getRecord(http, `/contacts/${pathSegment('front', 'a contact id', id)}`, 'GET /contacts/:id', rawContact, toContact)),
    // https://dev.frontapp.com/reference/get-account
    accounts: each((id) => getRecord(http, `/accounts/${pathSegment('front', 'an account id', id)}`, 'GET /accounts/:id', rawAccount, toAccount)),
    teammates: lookupInList(lists.teammates, byNativeId),
    inboxes: lookupInList(lists.inboxes, byNativeId),
    tags: lookupInList(lists.tags, byNativeId),
    teams: lookupInList(lists.teams, byNativeId),
    channels: lookupInList(lists.channels, byNativeId),
    // https://dev.frontapp.com/reference/get-event
    events: each((id) => getRecord(http, `/events/${pathSegment('front', 'an event id', id)}`, 'GET /events/:id', rawEvent, toEvent)),
    // https://dev.frontapp.com/reference/list-conversation-inboxes (not paginated)
    conversationInboxes: each((id) => getInboxesOf(http, id)),
  };
}

async function getRecord<TRaw, TNode>(
  http: UpstreamHttp,
  path: string,
  endpoint: string,
  item: z.ZodType<TRaw>,
  toNode: (raw: TRaw) => TNode,
): Promise<TNode> {
  const body = await http.requestJson({ method: 'GET', path, endpoint });
  return toNode(parseUpstream(item, body, 'front', endpoint));
}

async function getInboxesOf(http: UpstreamHttp, conversationId: string): Promise<ReadonlyArray<FrontInboxModel>> {
  const endpoint = 'GET /conversations/:id/inboxes';
  const body = await http.requestJson({ method: 'GET', path: `/conversations/${pathSegment('front', 'a conversation id', conversationId)}/inboxes`, endpoint });
  return parseUpstream(wholeListOf(rawInbox), body, 'front', endpoint)._results.map(toInbox);
}
