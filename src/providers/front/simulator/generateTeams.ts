import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontInbox, FrontTeam, FrontTeammate } from './frontDataset';
import { companyWords } from './frontVocabulary';
import { pickDistinct } from './randomPicks';

export interface TeamSources {
  readonly teammates: ReadonlyArray<FrontTeammate>;
  readonly inboxes: ReadonlyArray<FrontInbox>;
}

/** Teams (Front's "workspaces"), each with some of the inboxes and teammates. */
export function generateTeams(random: Random, links: FrontLinks, count: number, sources: TeamSources): FrontTeam[] {
  return Array.from({ length: count }, (_, index) => {
    const id = frontId('tim', index);
    return {
      _links: { self: links.to('teams', id) },
      id,
      name: `${random.pick(companyWords)} team ${index + 1}`,
      inboxes: pickDistinct(random, sources.inboxes, random.int(0, Math.min(3, sources.inboxes.length))),
      members: pickDistinct(random, sources.teammates, random.int(0, Math.min(8, sources.teammates.length))),
    };
  });
}

/** What GET /teams lists: TeamPreviewResponse (`_links`, `id`, `name`), not the inboxes and members. */
export function teamPreview(team: FrontTeam): Pick<FrontTeam, '_links' | 'id' | 'name'> {
  return { _links: team._links, id: team.id, name: team.name };
}
