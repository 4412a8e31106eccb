import type { RecordLoader } from '../../../loaders/createBatchLoader';
import { primeNodes } from '../../../loaders/primeNodes';
import type { Connection } from '../../../relay/connection';
import type { ZendeskTicketCommentModel, ZendeskUserModel } from '../api/models';

/**
 * Primes the request's users loader with the authors a comments connection's pages sideloaded
 * (`include=users`) and returns the connection: `ZendeskTicketComment.author` then reads them from
 * the loader without a call. An author the pages did not carry stays a normal loader read.
 */
export function primedCommentAuthors(users: RecordLoader<ZendeskUserModel>) {
  return (connection: Connection<ZendeskTicketCommentModel>): Connection<ZendeskTicketCommentModel> => {
    primeNodes(
      users,
      connection.nodes.flatMap((comment) => (comment.sideloadedAuthor === null ? [] : [comment.sideloadedAuthor])),
    );
    return connection;
  };
}
