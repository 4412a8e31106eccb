import type { Route } from '../../../simulators/kit/simulatorServer';
import { found } from './found';
import { intercomError } from './intercomError';
import type { IntercomRouteContext } from './intercomRouteContext';

/** listAdmins, listTeams and listTags are not paginated: one response holds every record. */
export function directoryRoutes(context: IntercomRouteContext): Route[] {
  const { dataset } = context;
  return [
    { method: 'GET', pattern: '/admins', handle: () => ({ status: 200, body: { type: 'admin.list', admins: dataset.admins } }) },
    { method: 'GET', pattern: '/teams', handle: () => ({ status: 200, body: { type: 'team.list', teams: dataset.teams } }) },
    { method: 'GET', pattern: '/tags', handle: () => ({ status: 200, body: { type: 'list', data: dataset.tags } }) },
    {
      method: 'GET',
      pattern: '/admins/:id',
      handle: (_request, { id }) => found(dataset.admins, id, () => intercomError(404, 'admin_not_found', 'Admin not found')),
    },
    {
      method: 'GET',
      pattern: '/teams/:id',
      handle: (_request, { id }) => found(dataset.teams, id, () => intercomError(404, 'team_not_found', 'Team not found')),
    },
  ];
}
