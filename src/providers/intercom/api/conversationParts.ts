import { z } from 'zod';

import { createConcurrencyGate } from '../../concurrencyGate';
import type { UpstreamHttp } from '../../http/httpClient';
import { isoFromUnixSeconds, isoFromUnixSecondsOrNull } from '../../isoTime';
import type { OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { createWholeListPaginator } from '../../wholeListPaginator';
import { INTERCOM_LOOKUP_CONCURRENCY } from './batchFetch';
import { INTERCOM_MAX_PER_PAGE } from './cursorPage';
import type { IntercomConversationModel, IntercomConversationPartModel } from './models';
import { idOrNull, toConversation } from './toModels';
import { idLike, rawConversation } from './types';

/**
 * retrieveConversation (spec v2.16): "The maximum number of conversation parts that can be returned
 * via the API is 500. If you have more than that we will return the 500 most recent conversation
 * parts." No endpoint pages further back, so older parts of a longer conversation are out of reach.
 */
export const INTERCOM_CONVERSATION_PARTS_MAX = 500;

/**
 * A conversation's parts arrive as one list, sliced in memory: the engine's windows into it are at
 * most Intercom's usual page (150), as Front's whole lists use Front's. A larger `first` takes
 * several windows of the same response, still one call.
 */
const PARTS_WINDOW_MAX = INTERCOM_MAX_PER_PAGE;

/** Spec v2.16 `conversation_part`: the id is typed string, the retrieveConversation example writes integers. */
const rawConversationPart = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  part_type: z.string(),
  body: z.string().nullable().default(null),
  created_at: z.number(),
  updated_at: z.number().nullable().default(null),
  notified_at: z.number().nullable().default(null),
  assigned_to: z.object({ type: z.string().nullable().default(null), id: idLike }).nullable().default(null),
  author: z
    .object({ type: z.string().nullable().default(null), id: idLike, name: z.string().nullable().default(null), email: z.string().nullable().default(null) })
    .nullable()
    .default(null),
  external_id: z.string().nullable().default(null),
  redacted: z.boolean().optional().default(false),
  state: z.string().nullable().default(null),
});

/**
 * A retrieved conversation: the conversation object plus `conversation_parts`, which the spec
 * returns "only when Retrieving a Conversation, and ignored when Listing all Conversations" (and
 * search): a conversation read from a list or a search carries no parts.
 */
const rawConversationThread = rawConversation.extend({
  conversation_parts: z
    .object({ conversation_parts: z.array(rawConversationPart).optional().default([]) })
    .nullable()
    .optional(),
});

type RawConversationPart = z.infer<typeof rawConversationPart>;

function toConversationPart(raw: RawConversationPart, conversationId: string): IntercomConversationPartModel {
  return {
    nativeId: raw.id,
    conversationId,
    partType: raw.part_type,
    body: raw.body,
    createdAt: isoFromUnixSeconds(raw.created_at),
    updatedAt: isoFromUnixSecondsOrNull(raw.updated_at),
    notifiedAt: isoFromUnixSecondsOrNull(raw.notified_at),
    authorType: raw.author?.type ?? null,
    authorId: idOrNull(raw.author?.id),
    authorName: raw.author?.name ?? null,
    authorEmail: raw.author?.email ?? null,
    assignedToType: raw.assigned_to?.type ?? null,
    assignedToId: idOrNull(raw.assigned_to?.id),
    state: raw.state,
    redacted: raw.redacted,
    externalId: raw.external_id,
  };
}

/** A conversation as GET /conversations/{id} returns it: with its (at most 500 most recent) parts, oldest first. */
export interface IntercomConversationThread {
  readonly conversation: IntercomConversationModel;
  readonly parts: ReadonlyArray<IntercomConversationPartModel>;
}

/**
 * GET /conversations/{id}, at most once per conversation per request (the provider is built per
 * request, so this memo is DataLoader's per-request cache; Intercom has no endpoint that retrieves
 * several conversations with their parts, so there is nothing to batch). Reads are started by one
 * resolver per conversation, so at most 5 run at a time, as the other per-record lookups. A failed
 * read is forgotten so a later field of the same request can try again.
 */
export interface IntercomConversationThreads {
  threadOf(conversationId: string): Promise<IntercomConversationThread>;
}

export function createIntercomConversationThreads(http: UpstreamHttp): IntercomConversationThreads {
  const gate = createConcurrencyGate(INTERCOM_LOOKUP_CONCURRENCY);
  const threads = new Map<string, Promise<IntercomConversationThread>>();
  return {
    threadOf(conversationId) {
      const known = threads.get(conversationId);
      if (known !== undefined) return known;
      const reading = gate.run(() => retrieveConversation(http, conversationId));
      threads.set(conversationId, reading);
      reading.catch(() => threads.delete(conversationId));
      return reading;
    },
  };
}

/** https://developers.intercom.com/docs/references/rest-api/api.intercom.io/conversations/retrieveconversation */
async function retrieveConversation(http: UpstreamHttp, conversationId: string): Promise<IntercomConversationThread> {
  const endpoint = 'GET /conversations/:id';
  const path = `/conversations/${pathSegment('intercom', 'a conversation id', conversationId)}`;
  const body = await http.requestJson({ method: 'GET', path, endpoint });
  const raw = parseUpstream(rawConversationThread, body, 'intercom', endpoint);
  return {
    conversation: toConversation(raw),
    parts: (raw.conversation_parts?.conversation_parts ?? []).map((part) => toConversationPart(part, raw.id)),
  };
}

/** Which conversation's parts a connection lists. */
export type IntercomConversationScope = { readonly conversationId: string };

/**
 * `IntercomConversation.parts`: the parts of one retrieved conversation, served as offset windows
 * into that one response (any `first`, `last`/`before` too, every edge cursor resumes by offset).
 * A part id is unique, so a repeat means a broken response: 'fail'.
 */
export function createIntercomConversationPartsPaginator(
  threads: IntercomConversationThreads,
): Paginator<IntercomConversationPartModel, IntercomConversationScope, OffsetToken> {
  return createWholeListPaginator({
    resource: 'intercom.conversationParts',
    maxPageSize: PARTS_WINDOW_MAX,
    idOf: (part) => part.nativeId,
    fetchAll: async (args: IntercomConversationScope) => (await threads.threadOf(args.conversationId)).parts,
  });
}
