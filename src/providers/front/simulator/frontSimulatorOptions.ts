import type { SimulatorStartOptions } from '../../../simulators/kit/startSimulator';

export interface FrontDatasetSizes {
  readonly conversations: number;
  readonly contacts: number;
  readonly inboxes: number;
  readonly teammates: number;
  readonly tags: number;
  readonly accounts: number;
  readonly teams: number;
  readonly channels: number;
  readonly maxMessagesPerConversation: number;
  readonly maxCommentsPerConversation: number;
}

export interface FrontSimulatorOptions extends SimulatorStartOptions {
  /** Only the sizes named here differ from `defaultFrontSizes`. */
  readonly sizes?: Partial<FrontDatasetSizes> | undefined;
  readonly token?: string | undefined;
  /**
   * Host (with scheme and port) that `_pagination.next` / `_links.self` URLs are built on. Real Front
   * answers on a company-specific host (`https://yourCompany.api.frontapp.com`) that differs from the
   * request host `api2.frontapp.com`.
   */
  readonly linkBaseUrl?: string | undefined;
}

export const defaultFrontSizes: FrontDatasetSizes = {
  conversations: 3000,
  contacts: 4000,
  inboxes: 10,
  teammates: 25,
  tags: 50,
  accounts: 100,
  teams: 4,
  channels: 12,
  maxMessagesPerConversation: 6,
  maxCommentsPerConversation: 3,
};

export const DEFAULT_FRONT_SEED = 3;
export const DEFAULT_FRONT_TOKEN = 'sim-front-token';
export const DEFAULT_FRONT_LINK_BASE_URL = 'https://acme.api.frontapp.com';
