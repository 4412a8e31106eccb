import { startFrontSimulator } from '../../../src/providers/front/simulator';
import { startIntercomSimulator } from '../../../src/providers/intercom/simulator';
import { startZendeskSimulator } from '../../../src/providers/zendesk/simulator';
import type { SeededSimulator, SimulatorStartOptions } from '../../../src/simulators/kit/startSimulator';

type Start = (options: SimulatorStartOptions & { sizes?: Record<string, number> }) => Promise<SeededSimulator<unknown, object>>;

const starts: ReadonlyArray<[string, Start, Record<string, number>]> = [
  ['Zendesk', startZendeskSimulator, { tickets: 4, users: 3, organizations: 1, groups: 1, articles: 1 }],
  ['Intercom', startIntercomSimulator, { conversations: 4, contacts: 3, companies: 1, tickets: 1 }],
  ['Front', startFrontSimulator, { conversations: 4, contacts: 3, accounts: 1 }],
];

describe.each(starts)('start%sSimulator: one kit start convention', (_name, start, sizes) => {
  it('builds its data from (seed, sizes), exposes them, and merges partial sizes over the defaults', async () => {
    const [a, b, other] = await Promise.all([start({ seed: 7, sizes }), start({ seed: 7, sizes }), start({ seed: 8, sizes })]);
    try {
      expect(a.seed).toBe(7);
      expect(a.sizes).toMatchObject(sizes);
      // Same seed and sizes, same records (URLs inside Zendesk records point at each simulator's own port).
      const withoutPorts = (simulator: SeededSimulator<unknown, object>): string =>
        JSON.stringify(simulator.data).split(simulator.url).join('<url>');
      expect(withoutPorts(a)).toBe(withoutPorts(b));
      expect(withoutPorts(other)).not.toBe(withoutPorts(a));
      expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(a.requests.entries).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close(), other.close()]);
    }
  });
});
