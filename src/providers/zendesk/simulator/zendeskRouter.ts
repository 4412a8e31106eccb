import { createRouter, type Router } from '../../../simulators/kit/router';
import { auditRoutes } from './auditRoutes';
import { ratingAndFieldRoutes } from './ratingAndFieldRoutes';
import { viewRoutes } from './viewRoutes';
import { helpCenterRoutes } from './helpCenterRoutes';
import { incrementalRoutes } from './incrementalRoutes';
import { searchRoutes } from './searchRoutes';
import { supportRoutes } from './supportRoutes';
import type { ZendeskContext } from './zendeskContext';
import { unknownEndpoint } from './zendeskErrors';

/** Every endpoint is served with or without a `.json` suffix, as Zendesk serves them. */
export function createZendeskRouter(context: ZendeskContext): Router {
  return createRouter([...supportRoutes(context), ...helpCenterRoutes(context), ...searchRoutes(context), ...incrementalRoutes(context), ...auditRoutes(context), ...viewRoutes(context), ...ratingAndFieldRoutes(context)], {
    optionalSuffix: '.json',
    // Zendesk answers a path it does not route, whatever the method, with one 404.
    fallback: unknownEndpoint,
  });
}
