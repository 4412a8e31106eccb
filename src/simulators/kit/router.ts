import type { SimRequest } from './simRequest';
import type { SimResponse } from './simResponse';

/** Path parameters by name: `:id` in a template, or a named group in a RegExp pattern. Raw (not percent-decoded). */
export type RouteParams = Readonly<Record<string, string | undefined>>;

export interface Route {
  readonly method: string;
  /**
   * A template such as `/tickets/:id/comments` (`:name` matches one path segment, `*name` the rest
   * of the path, slashes included), or a RegExp matched against the whole path.
   */
  readonly pattern: string | RegExp;
  /** Narrows what a template parameter matches, e.g. `{ locale: /[a-z]{2}/ }`; a path that does not fit matches no route. */
  readonly where?: Readonly<Record<string, RegExp>> | undefined;
  handle(request: SimRequest, params: RouteParams): SimResponse;
}

/**
 * The answer when nothing routes: `allowedMethods` is empty for an unknown path (a 404), or lists
 * the methods the path does serve (a 405). Each provider answers in its own error shape.
 */
export type RouteFallback = (request: SimRequest, allowedMethods: ReadonlyArray<string>) => SimResponse;

export interface RouterOptions {
  /** An ending every template also answers to: Zendesk serves `/api/v2/tickets` and `/api/v2/tickets.json`. */
  readonly optionalSuffix?: string | undefined;
  /** Whether templates also match with one trailing slash (Intercom's `/contacts/`). */
  readonly trailingSlash?: boolean | undefined;
  readonly fallback?: RouteFallback | undefined;
}

export interface Router {
  dispatch(request: SimRequest): SimResponse;
}

interface CompiledRoute {
  readonly route: Route;
  readonly matcher: RegExp;
}

/** First matching route wins, in the order given: list `/tickets/count` before `/tickets/:id`. */
export function createRouter(routes: ReadonlyArray<Route>, options: RouterOptions = {}): Router {
  const compiled: ReadonlyArray<CompiledRoute> = routes.map((route) => ({ route, matcher: compilePattern(route, options) }));
  const fallback = options.fallback ?? defaultFallback;
  return {
    dispatch(request) {
      const allowed = new Set<string>();
      for (const { route, matcher } of compiled) {
        const match = matcher.exec(request.path);
        if (!match) continue;
        if (route.method === request.method) return route.handle(request, { ...match.groups });
        allowed.add(route.method);
      }
      return fallback(request, [...allowed]);
    },
  };
}

/** Without a provider's own shape: 404, or 405 with `Allow`. */
export const defaultFallback: RouteFallback = (_request, allowedMethods) =>
  allowedMethods.length === 0
    ? { status: 404, body: { error: 'NotFound', description: 'No such endpoint' } }
    : { status: 405, body: { error: 'MethodNotAllowed', description: 'Method not allowed' }, headers: { Allow: allowedMethods.join(', ') } };

function compilePattern(route: Route, options: RouterOptions): RegExp {
  if (route.pattern instanceof RegExp) return route.pattern;
  const suffix = options.optionalSuffix ? `(?:${escapeRegExp(options.optionalSuffix)})?` : '';
  const slash = options.trailingSlash ? '/?' : '';
  // Lazy parameters, so a final `:id` leaves an optional suffix (`.json`) to the suffix group.
  const one = suffix ? '[^/]+?' : '[^/]+';
  const body = route.pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) return `(?<${segment.slice(1)}>${constraint(route, segment.slice(1)) ?? one})`;
      if (segment.startsWith('*')) return `(?<${segment.slice(1)}>.+)`;
      return escapeRegExp(segment);
    })
    .join('/');
  return new RegExp(`^${body}${suffix}${slash}$`);
}

function constraint(route: Route, name: string): string | undefined {
  const where = route.where?.[name];
  return where ? `(?:${where.source})` : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
