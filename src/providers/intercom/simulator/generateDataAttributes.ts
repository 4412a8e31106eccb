import type { Random } from '../../../simulators/kit/random';
import type { IntercomDataAttribute } from './intercomDataset';

type Standard = readonly [model: 'contact' | 'company', name: string, dataType: IntercomDataAttribute['data_type'], label: string];

/** A few of Intercom's standard attributes (the spec's example lists `name` and `company_id` of companies). */
const STANDARD: ReadonlyArray<Standard> = [
  ['contact', 'name', 'string', 'Name'],
  ['contact', 'email', 'string', 'Email'],
  ['contact', 'phone', 'string', 'Phone'],
  ['contact', 'external_id', 'string', 'User ID'],
  ['contact', 'created_at', 'date', 'Signed up'],
  ['contact', 'last_seen_at', 'date', 'Last seen'],
  ['contact', 'unsubscribed_from_emails', 'boolean', 'Unsubscribed from emails'],
  ['contact', 'location.city', 'string', 'City'],
  ['contact', 'location.country', 'string', 'Country'],
  ['contact', 'browser', 'string', 'Browser'],
  ['company', 'name', 'string', 'Company name'],
  ['company', 'company_id', 'string', 'Company ID'],
  ['company', 'monthly_spend', 'float', 'Monthly spend'],
  ['company', 'user_count', 'integer', 'People'],
  ['company', 'plan.name', 'string', 'Plan'],
  ['company', 'website', 'string', 'Website'],
];

const dataTypes: ReadonlyArray<IntercomDataAttribute['data_type']> = ['string', 'string', 'integer', 'float', 'boolean', 'date'];

/**
 * `count` attributes: Intercom's standard ones first (as many as fit), then custom attributes
 * (`custom_attributes.<name>`, integer ids, every 7th archived), alternating contact and company.
 */
export function generateDataAttributes(random: Random, count: number, now: number, adminIds: ReadonlyArray<string>): IntercomDataAttribute[] {
  return Array.from({ length: count }, (_, index): IntercomDataAttribute => {
    const standard = STANDARD[index];
    if (standard) {
      const [model, name, dataType, label] = standard;
      const nested = name.includes('.');
      return {
        type: 'data_attribute',
        model,
        name: nested ? name.slice(name.lastIndexOf('.') + 1) : name,
        full_name: name,
        label,
        description: `The ${label.toLowerCase()} of a ${model}`,
        data_type: dataType,
        api_writable: !['created_at', 'last_seen_at', 'browser', 'user_count'].includes(name),
        messenger_writable: model === 'contact',
        ui_writable: false,
        custom: false,
        archived: false,
      };
    }
    const customIndex = index - STANDARD.length;
    const name = `custom_${customIndex + 1}`;
    const dataType = random.pick(dataTypes);
    const createdAt = now - random.int(1, 700) * 86400;
    return {
      type: 'data_attribute',
      id: 12000 + customIndex,
      model: customIndex % 2 === 0 ? 'contact' : 'company',
      name,
      full_name: `custom_attributes.${name}`,
      label: `Custom ${customIndex + 1}`,
      description: `Custom attribute ${customIndex + 1}`,
      data_type: dataType,
      ...(dataType === 'string' && random.next() < 0.3 ? { options: ['bronze', 'silver', 'gold'] } : {}),
      api_writable: true,
      messenger_writable: random.next() < 0.5,
      ui_writable: true,
      custom: true,
      archived: customIndex % 7 === 6,
      created_at: createdAt,
      updated_at: random.int(createdAt, now),
      ...(adminIds.length > 0 ? { admin_id: random.pick(adminIds) } : {}),
    };
  });
}
