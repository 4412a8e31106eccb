export { createFrontDataset } from './createFrontDataset';
export type {
  FrontAccount,
  FrontChannel,
  FrontComment,
  FrontContact,
  FrontContactHandle,
  FrontConversation,
  FrontConversationStatus,
  FrontDataset,
  FrontEvent,
  FrontInbox,
  FrontLink,
  FrontMessage,
  FrontRecipient,
  FrontStatusCategory,
  FrontTag,
  FrontTeam,
  FrontTeammate,
} from './frontDataset';
export { DEFAULT_FRONT_TOKEN, defaultFrontSizes, type FrontDatasetSizes, type FrontSimulatorOptions } from './frontSimulatorOptions';
export { type FrontSimulator, startFrontSimulator } from './startFrontSimulator';
