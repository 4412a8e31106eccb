import { createRouter, type Router } from '../../../simulators/kit/router';
import { companyRoutes } from './companyRoutes';
import { articleRoutes } from './articleRoutes';
import { contactAttachmentRoutes } from './contactAttachmentRoutes';
import { contactNoteRoutes } from './contactNoteRoutes';
import { dataAttributeRoutes } from './dataAttributeRoutes';
import { directoryRoutes } from './directoryRoutes';
import { intercomError } from './intercomError';
import type { IntercomRouteContext } from './intercomRouteContext';
import { listRoutes } from './listRoutes';
import { retrieveRoutes } from './retrieveRoutes';
import { searchRoutes } from './searchRoutes';
import { segmentRoutes } from './segmentRoutes';

/**
 * Order matters: `/conversations/search` (POST) before `/conversations/:id` (GET). Paths are
 * served with or without a trailing slash; anything unrouted, whatever its method, is Intercom's
 * `not_found` error list.
 */
export function createIntercomRouter(context: IntercomRouteContext): Router {
  return createRouter(
    [...listRoutes(context), ...searchRoutes(context), ...companyRoutes(context), ...contactAttachmentRoutes(context), ...directoryRoutes(context), ...retrieveRoutes(context), ...segmentRoutes(context), ...dataAttributeRoutes(context), ...contactNoteRoutes(context), ...articleRoutes(context)],
    { trailingSlash: true, fallback: () => intercomError(404, 'not_found', 'Resource Not Found') },
  );
}
