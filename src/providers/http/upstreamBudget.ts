import { ErrorCode } from '../../errorCodes';
import { ProviderError } from '../providerError';

/** Per-GraphQL-request limits on upstream traffic (config: UPSTREAM_MAX_CALLS_PER_REQUEST, UPSTREAM_RETRY_BUDGET). */
export interface UpstreamLimits {
  /** HTTP requests this GraphQL request may send to all providers together, retries included. */
  readonly maxCalls: number;
  /** Retries this GraphQL request may make in all, across providers and calls. */
  readonly retries: number;
}

/**
 * What one GraphQL request may still spend upstream. Made once per request in the context factory
 * and shared by the three providers' clients, so one query can neither fan out without bound nor
 * retry forever, however its fields are spread over providers.
 */
export interface UpstreamBudget {
  /** Claims one call before it is sent; throws UPSTREAM_CALL_LIMIT when the cap is reached. */
  claimCall(provider: string): void;
  /** Claims one retry; false when the request's retry budget is spent (the failure then stands). */
  tryClaimRetry(): boolean;
  /** Calls and retries claimed so far (for tests and logs). */
  readonly used: { readonly calls: number; readonly retries: number };
}

/** No limits: for clients bound outside a GraphQL request (tests, scripts). */
export const UNLIMITED: UpstreamLimits = { maxCalls: Number.POSITIVE_INFINITY, retries: Number.POSITIVE_INFINITY };

export function createUpstreamBudget(limits: UpstreamLimits = UNLIMITED): UpstreamBudget {
  const used = { calls: 0, retries: 0 };
  return {
    claimCall(provider) {
      if (used.calls >= limits.maxCalls) {
        throw new ProviderError(
          ErrorCode.UPSTREAM_CALL_LIMIT,
          `This request reached its limit of ${limits.maxCalls} upstream calls before ${provider} could be asked; ask for fewer records or nested lists per request.`,
          { provider, limit: limits.maxCalls },
        );
      }
      used.calls += 1;
    },
    tryClaimRetry() {
      if (used.retries >= limits.retries) return false;
      used.retries += 1;
      return true;
    },
    used,
  };
}
