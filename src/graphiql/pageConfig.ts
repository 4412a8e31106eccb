/**
 * The contract between the server-rendered page and the browser bundle. The server embeds it as a
 * JSON data block (`<script type="application/json">`), which the CSP allows because the browser
 * never executes it, and which lets example queries change without rebuilding the bundle.
 * Imported by both sides, so it must stay free of Node and DOM APIs.
 */
export const PAGE_CONFIG_ELEMENT_ID = 'graphiql-config';
export const GRAPHIQL_ROOT_ELEMENT_ID = 'graphiql';

export interface GraphiqlPageConfig {
  /** One GraphiQL tab per entry, opened on a first visit (GraphiQL keeps later edits in localStorage). */
  readonly tabs: ReadonlyArray<{ readonly query: string }>;
  /**
   * Set when the server refuses introspection (the production default). The app then does not
   * fetch the schema, whose refusal GraphiQL would show as Apollo's error naming Apollo's
   * constructor option, and shows this notice instead, which names the server's own setting.
   */
  readonly introspectionOffNotice: string | null;
}
