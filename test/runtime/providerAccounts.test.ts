import { loadConfig } from '../../src/config';
import { providerAccounts } from '../../src/runtime/providerAccounts';

const zendesk = { ZENDESK_BASE_URL: 'https://acme.zendesk.com', ZENDESK_EMAIL: 'agent@acme.test', ZENDESK_API_TOKEN: 'zendesk-token-secret' };

describe('providerAccounts (keys of state shared through Redis)', () => {
  it('names the same account alike on every instance, and holds no credential', () => {
    const one = providerAccounts(loadConfig(zendesk));
    const two = providerAccounts(loadConfig(zendesk));
    expect(one('zendesk.tickets')).toBe(two('zendesk.tickets'));
    expect(one('zendesk.tickets')).toBe(one('zendesk.users'));
    expect(one('zendesk.tickets')).not.toMatch(/zendesk-token-secret|agent@acme|acme\.zendesk/);
  });

  it('tells apart other credentials and other base URLs', () => {
    const base = providerAccounts(loadConfig(zendesk))('zendesk.tickets');
    expect(providerAccounts(loadConfig({ ...zendesk, ZENDESK_API_TOKEN: 'another-token' }))('zendesk.tickets')).not.toBe(base);
    expect(providerAccounts(loadConfig({ ...zendesk, ZENDESK_BASE_URL: 'https://other.zendesk.com' }))('zendesk.tickets')).not.toBe(base);
    expect(providerAccounts(loadConfig({ INTERCOM_TOKEN: 't', INTERCOM_VERSION: '2.16' }))('intercom.contacts')).not.toBe(
      providerAccounts(loadConfig({ INTERCOM_TOKEN: 't', INTERCOM_VERSION: '2.15' }))('intercom.contacts'),
    );
  });

  it('keeps a simulated provider to its own process: another instance runs another simulator', () => {
    expect(providerAccounts(loadConfig({}))('front.contacts')).not.toBe(providerAccounts(loadConfig({}))('front.contacts'));
  });
});
