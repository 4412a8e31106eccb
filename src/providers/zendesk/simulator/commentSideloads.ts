import type { ZendeskComment, ZendeskUser } from './zendeskDataset';

/**
 * ListTicketComments' `include` parameter: "Accepts `users`" (a comma-separated list, as every
 * Zendesk sideload; https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/).
 * The `users` array beside `comments` holds the users this page's comments reference (their
 * authors here: the simulator's comments carry no email CCs), each once, never the ticket's other
 * users. Names Zendesk does not sideload on this endpoint are ignored, as Zendesk ignores them.
 */
export function commentSideloads(query: URLSearchParams, users: ReadonlyMap<number, ZendeskUser>) {
  const includes = query
    .getAll('include')
    .flatMap((value) => value.split(','))
    .map((name) => name.trim());
  if (!includes.includes('users')) return undefined;
  return (comments: ReadonlyArray<ZendeskComment>): Readonly<Record<string, unknown>> => {
    const referenced = new Map<number, ZendeskUser>();
    for (const comment of comments) {
      const author = users.get(comment.author_id);
      if (author !== undefined) referenced.set(author.id, author);
    }
    return { users: [...referenced.values()] };
  };
}
