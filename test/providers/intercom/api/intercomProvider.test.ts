import { createIntercomProvider } from '../../../../src/providers/intercom/api/intercomProvider';
import { recordingHttp } from './recordingHttp';

const directory = () =>
  recordingHttp((request) => {
    if (request.path === '/admins') return { type: 'admin.list', admins: [{ type: 'admin', id: '7', name: 'Ada', team_ids: [3] }] };
    if (request.path === '/teams') return { type: 'team.list', teams: [{ type: 'team', id: '3', name: 'Support', admin_ids: [7] }] };
    return { type: 'list', data: [{ type: 'tag', id: '9', name: 'vip' }] };
  });

describe('createIntercomProvider', () => {
  it('fetches admins, teams and tags at most once per provider (one GraphQL request)', async () => {
    const http = directory();
    const provider = createIntercomProvider(http);
    const [admins, again, teams, tags] = await Promise.all([provider.admins(), provider.admins(), provider.teams(), provider.tags()]);
    expect(admins).toEqual([{ nativeId: '7', name: 'Ada', email: null, jobTitle: null, awayModeEnabled: false, hasInboxSeat: false, teamIds: ['3'] }]);
    expect(again).toBe(admins);
    expect(teams).toEqual([{ nativeId: '3', name: 'Support', adminIds: ['7'] }]);
    expect(tags).toEqual([{ nativeId: '9', name: 'vip' }]);
    expect(http.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admins', 'GET /teams', 'GET /tags']);
  });

  it('shares nothing between requests: a new provider calls again', async () => {
    const http = directory();
    await createIntercomProvider(http).tags();
    await createIntercomProvider(http).tags();
    expect(http.requests).toHaveLength(2);
  });
});
