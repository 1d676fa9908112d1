/**
 * The bundled dataset's JSON: a chunk of its own, so the app shell stays small
 * and it works offline once loaded. A module of its own so the page's boot can
 * start fetching it before the app (and the parser) have arrived; the session's
 * own import then finds it in flight, not a second download.
 */
export const importBundled = async (): Promise<unknown> =>
  (await import('../../data/ai-circular-deals.json')).default;
