import type { Random } from '../../../simulators/kit/random';
import type { IntercomAdmin, IntercomTag, IntercomTeam } from './intercomDataset';

const firstNames = ['Ciaran', 'Aoife', 'Maya', 'Tomas', 'Priya', 'Jonas', 'Lena', 'Kofi', 'Sara', 'Mateo', 'Yuki', 'Nora'];
const lastNames = ['Lee', 'Byrne', 'Okafor', 'Silva', 'Novak', 'Haddad', 'Kowalski', 'Tanaka', 'Murphy', 'Rossi'];
const teamNames = ['Support', 'Billing', 'Success', 'Onboarding', 'Escalations', 'Sales', 'Partners', 'Security'];
const tagWords = ['vip', 'bug', 'refund', 'churn-risk', 'feature-request', 'billing', 'onboarding', 'urgent', 'beta', 'api'];

export function personName(random: Random): string {
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
}

/** Admin ids look like the spec's examples: numeric strings in the 9-digit range. */
export function generateAdmins(random: Random, count: number): IntercomAdmin[] {
  return Array.from({ length: count }, (_, index) => {
    const name = personName(random);
    return {
      type: 'admin',
      id: String(991267000 + index),
      name,
      email: `${name.toLowerCase().replace(/\s+/g, '.')}.${index}@helpdesk.example`,
      job_title: index % 3 === 0 ? null : 'Support Engineer',
      away_mode_enabled: random.next() < 0.1,
      away_mode_reassign: false,
      has_inbox_seat: true,
      team_ids: [],
    };
  });
}

/**
 * Teams and admins point at each other (team.admin_ids, admin.team_ids), both as integers as the
 * spec types them; every admin belongs to at least one team when there are teams.
 */
export function generateTeams(random: Random, count: number, admins: IntercomAdmin[]): IntercomTeam[] {
  const teams: IntercomTeam[] = Array.from({ length: count }, (_, index) => ({
    type: 'team',
    id: String(5017000 + index),
    name: `${teamNames[index % teamNames.length] ?? 'Team'}${index >= teamNames.length ? ` ${index}` : ''}`,
    admin_ids: [],
  }));
  if (teams.length === 0) return teams;
  for (const admin of admins) {
    const team = random.pick(teams);
    team.admin_ids.push(Number(admin.id));
    admin.team_ids.push(Number(team.id));
  }
  return teams;
}

export function generateTags(count: number): IntercomTag[] {
  return Array.from({ length: count }, (_, index) => ({
    type: 'tag',
    id: String(8000000 + index),
    name: `${tagWords[index % tagWords.length] ?? 'tag'}${index >= tagWords.length ? `-${index}` : ''}`,
  }));
}
