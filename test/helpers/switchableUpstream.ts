import { forwardTo, startLocalServer } from './localServer';

/**
 * A transparent proxy in front of a provider (a simulator) that a test can switch off: while `down`,
 * every request is answered 503 without reaching the provider, as an outage would be.
 */
export interface SwitchableUpstream {
  /** Point a provider's base URL here. */
  readonly url: string;
  down: boolean;
  /** Requests answered 503 while down. */
  readonly refused: number;
  close(): Promise<void>;
}

export async function startSwitchableUpstream(target: string): Promise<SwitchableUpstream> {
  const origin = new URL(target);
  let refused = 0;
  const state = { down: false };
  const server = await startLocalServer((req, res) => {
    if (state.down) {
      refused += 1;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'down for the test' }));
      return;
    }
    forwardTo(origin, req, res);
  });
  return {
    url: server.url,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    get refused() {
      return refused;
    },
    close: server.close,
  };
}
