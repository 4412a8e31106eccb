import type { Route } from '../../../simulators/kit/simulatorServer';
import { intercomError } from './intercomError';
import type { IntercomRouteContext } from './intercomRouteContext';

/**
 * lisDataAttributes: one unpaged `list` of a workspace's contact and company attributes. `model`
 * (contact or company) filters it; without it both come back. Archived attributes only with
 * `include_archived=true` ("By default we return only non archived data attributes").
 * `model=conversation` is the spec's 422; any other value outside the enum is answered the same way
 * (the spec declares no other error for it).
 */
export function dataAttributeRoutes(context: IntercomRouteContext): Route[] {
  const { dataset } = context;
  return [
    {
      method: 'GET',
      pattern: '/data_attributes',
      handle: (request) => {
        const model = request.query.get('model');
        if (model === 'conversation') {
          return intercomError(422, 'parameter_invalid', 'model=conversation is no longer supported. Use GET /conversations/attributes instead');
        }
        if (model !== null && model !== 'contact' && model !== 'company') return intercomError(422, 'parameter_invalid', `model=${model} is not supported`);
        const archived = request.query.get('include_archived') === 'true';
        const data = dataset.dataAttributes.filter((attribute) => (model === null || attribute.model === model) && (archived || !attribute.archived));
        return { status: 200, body: { type: 'list', data } };
      },
    },
  ];
}
