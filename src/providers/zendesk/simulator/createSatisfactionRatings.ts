import type { Random } from '../../../simulators/kit/random';
import type { ZendeskSatisfactionRating, ZendeskTicket } from './zendeskDataset';

const COMMENTS = ['Quick and helpful, thanks!', 'Took too long.', 'Solved my problem.', 'Still not working.'];

/**
 * Satisfaction is offered on solved and closed tickets; most requesters answer good or bad, some
 * leave it at `offered`. A rating is made when the ticket is last updated.
 */
export function createSatisfactionRatings(random: Random, tickets: ReadonlyArray<ZendeskTicket>, baseUrl: string): ZendeskSatisfactionRating[] {
  const ratings: ZendeskSatisfactionRating[] = [];
  let id = 30_000_000;
  for (const ticket of tickets) {
    if (ticket.status !== 'solved' && ticket.status !== 'closed') continue;
    if (random.next() < 0.3) continue;
    id += random.int(1, 3);
    const answer = random.next();
    const score = answer < 0.15 ? 'offered' : answer < 0.75 ? 'good' : 'bad';
    ratings.push({
      id,
      url: `${baseUrl}/api/v2/satisfaction_ratings/${id}.json`,
      ticket_id: ticket.id,
      requester_id: ticket.requester_id,
      assignee_id: ticket.assignee_id,
      group_id: ticket.group_id,
      score,
      comment: score !== 'offered' && random.next() < 0.5 ? random.pick(COMMENTS) : null,
      created_at: ticket.updated_at,
      updated_at: ticket.updated_at,
    });
  }
  return ratings;
}
