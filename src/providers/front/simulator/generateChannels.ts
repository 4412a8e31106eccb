import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontChannel, FrontChannelType, FrontInbox, FrontTeam } from './frontDataset';
import { chance } from './randomPicks';

const channelTypes: ReadonlyArray<FrontChannelType> = ['gmail', 'imap', 'smtp', 'twilio', 'front_chat', 'custom'];
/** The spec's enum for `settings.undo_send_time`, in seconds. */
const undoSendTimes: ReadonlyArray<number> = [0, 5, 10, 15, 30, 60];

/** Channels, each sending into one inbox (in turn) and owned by a team when there is one. */
export function generateChannels(random: Random, links: FrontLinks, count: number, inboxes: ReadonlyArray<FrontInbox>, teams: ReadonlyArray<FrontTeam>): FrontChannel[] {
  return Array.from({ length: count }, (_, index) => {
    const id = frontId('cha', index);
    const inbox = inboxes.length > 0 ? inboxes[index % inboxes.length] : undefined;
    const owner = teams.length > 0 ? random.pick(teams) : undefined;
    const isPrivate = chance(random, 0.2);
    const address = `channel${index}@acme.example`;
    return {
      _links: {
        self: links.to('channels', id),
        related: { inbox: inbox ? links.to('inboxes', inbox.id) : null, owner: owner ? links.to('teams', owner.id) : links.to('teams', 'tim_none') },
      },
      id,
      name: `${inbox?.name ?? 'Channel'} ${index + 1}`,
      address,
      type: random.pick(channelTypes),
      send_as: address,
      // "Only present for shared channels; omitted for private channels."
      settings: isPrivate ? { undo_send_time: random.pick(undoSendTimes) } : { undo_send_time: random.pick(undoSendTimes), all_teammates_can_reply: chance(random, 0.5) },
      is_private: isPrivate,
      is_valid: chance(random, 0.9),
    };
  });
}
