export { createFrontDataset } from './createFrontDataset';
export type {
  FrontAccount,
  FrontComment,
  FrontContact,
  FrontContactHandle,
  FrontConversation,
  FrontConversationStatus,
  FrontDataset,
  FrontInbox,
  FrontLink,
  FrontMessage,
  FrontRecipient,
  FrontStatusCategory,
  FrontTag,
  FrontTeammate,
} from './frontDataset';
export { DEFAULT_FRONT_TOKEN, defaultFrontSizes, type FrontDatasetSizes, type FrontSimulatorOptions } from './frontSimulatorOptions';
export { type FrontSimulator, startFrontSimulator } from './startFrontSimulator';
