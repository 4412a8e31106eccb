import type { Random } from '../../../simulators/kit/random';
import type { IntercomCompany } from './intercomDataset';
import { objectId } from './objectId';

const words = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Soylent', 'Aperture'];
const industries = ['Software', 'Retail', 'Finance', 'Healthcare', null];
const plans = ['Starter', 'Growth', 'Enterprise'];

/** `user_count` starts at 0; contact generation counts the contacts it attaches. */
export function generateCompanies(random: Random, count: number, now: number): IntercomCompany[] {
  return Array.from({ length: count }, (_, index) => {
    const createdAt = now - random.int(30, 900) * 86400 - random.int(0, 86399);
    const lastRequestAt = random.int(createdAt, now);
    const planName = random.next() < 0.7 ? random.pick(plans) : null;
    // The spec's examples send `plan: {}` for a company without a plan.
    const plan: IntercomCompany['plan'] = planName === null ? {} : { type: 'plan', id: String(plans.indexOf(planName) + 1), name: planName };
    return {
      type: 'company',
      id: objectId(random, index),
      company_id: `remote_company_${index + 1}`,
      app_id: 'sim_intercom_app',
      name: `${random.pick(words)} ${index + 1}`,
      plan,
      remote_created_at: createdAt,
      created_at: createdAt,
      updated_at: random.int(createdAt, now),
      last_request_at: lastRequestAt,
      monthly_spend: random.int(0, 500) * 10,
      session_count: random.int(0, 2000),
      user_count: 0,
      website: random.next() < 0.5 ? `https://company${index + 1}.example` : null,
      industry: random.pick(industries),
      custom_attributes: {},
      tags: { type: 'tag.list', tags: [] },
      segments: { type: 'segment.list', segments: [] },
    };
  });
}
