import type { HttpClient } from '../providers/http/httpClient';

/** One provider's connection for the process: a real API, or a simulator started for it. */
export interface Upstream {
  readonly client: HttpClient;
  /** Set when this runtime started a simulator because the provider has no credentials. */
  readonly simulatorUrl?: string;
  close(): Promise<void>;
}
