import { isoSeconds } from './createZendeskDataset';
import type { TicketStatus, ZendeskDataset, ZendeskTicket, ZendeskUser } from './zendeskDataset';

/**
 * One version of a record in an incremental export stream. Zendesk orders the cursor-based exports
 * by the time a record last changed (`generated_timestamp` for tickets: "updated for all ticket
 * updates, including system updates", IncrementalTicketExportTime), then by id.
 */
export interface StreamEntry<T> {
  readonly record: T;
  /** Unix seconds of the record's last change. */
  readonly changedAt: number;
}

export type ChangeableKind = 'ticket' | 'user';

/** A ticket as the incremental export serves it: a deleted one keeps its fields, with status `deleted`. */
export type ExportedTicket = Omit<ZendeskTicket, 'status'> & { readonly status: TicketStatus | typeof DELETED_TICKET_STATUS };

/**
 * Changes made to the account after it was seeded, for tests of incremental exports: a cursor issued
 * before a change must return the changed record after it. Only the incremental exports read this
 * log (they are the lists that promise to report changes, deletions included); the other lists keep
 * serving the seeded records.
 *
 * Deletions appear as the exports report them: a deleted ticket with `status: "deleted"`
 * (the incremental export guide's "Excluding deleted tickets"), a deleted user with
 * `active: false` (UserObject: "false if the user has been deleted").
 */
export interface ZendeskRecordChanges {
  updateTicket(id: number, changes: Partial<Omit<ZendeskTicket, 'id' | 'url' | 'created_at' | 'updated_at'>>): ExportedTicket;
  deleteTicket(id: number): ExportedTicket;
  updateUser(id: number, changes: Partial<Omit<ZendeskUser, 'id' | 'url' | 'created_at' | 'updated_at'>>): ZendeskUser;
  deleteUser(id: number): ZendeskUser;
  /** The latest version of every changed ticket, oldest change first. */
  changedTickets(): ReadonlyArray<StreamEntry<ExportedTicket>>;
  changedUsers(): ReadonlyArray<StreamEntry<ZendeskUser>>;
}

/** A ticket's status once deleted, as the incremental ticket export reports it. */
export const DELETED_TICKET_STATUS = 'deleted' as const;

/**
 * The simulated clock starts one second after the newest seeded change and ticks one second per
 * change: deterministic, always later than every seeded record, and in the past (the exports serve
 * nothing from the most recent minute, IncrementalUnixTime).
 */
export function createRecordChanges(data: ZendeskDataset): ZendeskRecordChanges {
  let clock = Math.max(0, ...[...data.tickets, ...data.users].map((record) => secondsOf(record.updated_at)));
  const tickets = new Map<number, StreamEntry<ExportedTicket>>();
  const users = new Map<number, StreamEntry<ZendeskUser>>();
  const ticketById = new Map<number, ExportedTicket>(data.tickets.map((ticket) => [ticket.id, ticket]));
  const userById = new Map(data.users.map((user) => [user.id, user]));

  const record = <T extends { readonly id: number; readonly updated_at: string }>(
    log: Map<number, StreamEntry<T>>,
    seeded: ReadonlyMap<number, T>,
    kind: ChangeableKind,
    id: number,
    change: (current: T, at: string) => T,
  ): T => {
    const current = log.get(id)?.record ?? seeded.get(id);
    if (current === undefined) throw new RangeError(`No ${kind} with id ${id}`);
    clock += 1;
    const next = change(current, isoSeconds(clock * 1000));
    // A record changes position in the stream: it moves to the end, after every cursor issued so far.
    log.delete(id);
    log.set(id, { record: next, changedAt: clock });
    return next;
  };

  return {
    updateTicket: (id, changes) => record(tickets, ticketById, 'ticket', id, (current, at) => ({ ...current, ...changes, updated_at: at })),
    deleteTicket: (id) => record(tickets, ticketById, 'ticket', id, (current, at) => ({ ...current, status: DELETED_TICKET_STATUS, updated_at: at })),
    updateUser: (id, changes) => record(users, userById, 'user', id, (current, at) => ({ ...current, ...changes, updated_at: at })),
    deleteUser: (id) => record(users, userById, 'user', id, (current, at) => ({ ...current, active: false, updated_at: at })),
    changedTickets: () => [...tickets.values()],
    changedUsers: () => [...users.values()],
  };
}

export function secondsOf(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
