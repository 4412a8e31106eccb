export {
  startIntercomSimulator,
  defaultIntercomSimulatorOptions,
  type IntercomSimulator,
  type IntercomSimulatorOptions,
} from './startIntercomSimulator';
export { createIntercomDataset, intercomDatasetNow } from './createIntercomDataset';
export type {
  IntercomAdmin,
  IntercomArticle,
  IntercomCompany,
  IntercomContact,
  IntercomConversation,
  IntercomConversationPart,
  IntercomDataAttribute,
  IntercomDataset,
  IntercomNote,
  IntercomDatasetSizes,
  IntercomSegment,
  IntercomTag,
  IntercomTeam,
  IntercomTicket,
} from './intercomDataset';
export type { RecordMutation } from './recordMutator';
export type { IntercomErrorBody } from './intercomError';
export type { PagesObject } from './pagesObject';
