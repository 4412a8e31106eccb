import type { Route, SimRequest } from '../../../simulators/kit/simulatorServer';
import { intercomError } from './intercomError';
import type { IntercomSegment } from './intercomDataset';
import type { IntercomRouteContext } from './intercomRouteContext';

/** `count` only when asked for: listSegments' `include_count` ("It includes the count of contacts that belong to each segment"). */
function shown(segment: IntercomSegment, withCount: boolean): Omit<IntercomSegment, 'count'> & { count?: number } {
  if (withCount) return segment;
  const { count: _count, ...rest } = segment;
  return rest;
}

const includeCount = (request: SimRequest): boolean => request.query.get('include_count') === 'true';

/**
 * listSegments declares no paging parameter and its example has no `pages`: one response holds every
 * segment (the schema's "may also have a pages object if the response is paginated" describes no
 * way to ask for another page). retrieveSegment answers an unknown id with `not_found`.
 */
export function segmentRoutes(context: IntercomRouteContext): Route[] {
  const { dataset } = context;
  return [
    {
      method: 'GET',
      pattern: '/segments',
      handle: (request) => ({ status: 200, body: { type: 'segment.list', segments: dataset.segments.map((segment) => shown(segment, includeCount(request))) } }),
    },
    {
      method: 'GET',
      pattern: '/segments/:id',
      handle: (request, { id }) => {
        const segment = dataset.segments.find((candidate) => candidate.id === id);
        return segment ? { status: 200, body: shown(segment, includeCount(request)) } : intercomError(404, 'not_found', 'Resource Not Found');
      },
    },
  ];
}
