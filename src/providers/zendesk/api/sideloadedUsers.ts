import { z } from 'zod';

import type { ZendeskUserModel } from './models';
import { toUser } from './toModels';
import { rawUser } from './types';

const usersSideload = z.object({ users: z.array(z.unknown()) });

/**
 * The `users` array a list sideloads beside its records (`include=users`,
 * https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/), by
 * native id. Zendesk documents sideloads as possibly "partial" user records, so each one is checked
 * on its own and one without the fields this graph serves is left out: a user missing here is
 * read by id (`users/show_many`) as before, never served incomplete. A body without the array
 * (the sideload not asked for, or not honoured) gives an empty map.
 */
export function sideloadedUsers(body: unknown): ReadonlyMap<string, ZendeskUserModel> {
  const sideload = usersSideload.safeParse(body);
  const users = new Map<string, ZendeskUserModel>();
  if (!sideload.success) return users;
  for (const candidate of sideload.data.users) {
    const parsed = rawUser.safeParse(candidate);
    if (parsed.success) users.set(String(parsed.data.id), toUser(parsed.data));
  }
  return users;
}
