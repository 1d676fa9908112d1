/**
 * The loop worker's side of the protocol (loopProtocol.ts), apart from the
 * worker itself so that tests can run it in-process behind structured clones.
 * It keeps the last graph it was sent and answers each search on it with the
 * engine's own functions, so its results are the synchronous engine's.
 */
import {
  searchGraphFrom,
  searchLoopsThrough,
  searchTopLoops,
  type LoopRecords,
  type SearchGraph,
} from '../graph';
import type { FromLoopWorker, LoopRequest, ToLoopWorker } from './loopProtocol';

export type PostReply = (reply: FromLoopWorker, transfer: Transferable[]) => void;

/** One search, as the page would run it on the same graph. */
export function searchRecords(graph: SearchGraph, request: LoopRequest): LoopRecords {
  const { through, ...options } = request;
  return through == null
    ? searchTopLoops(graph, options)
    : searchLoopsThrough(graph, through, options);
}

export function createLoopHost(post: PostReply): (message: ToLoopWorker) => void {
  let held: { readonly id: number; readonly graph: SearchGraph } | null = null;
  return (message) => {
    if (message.type === 'graph') {
      held = { id: message.graph, graph: searchGraphFrom(message.data) };
      return;
    }
    const { job } = message;
    try {
      if (held?.id !== message.graph) throw new Error(`loop worker: no graph ${message.graph}`);
      const records = searchRecords(held.graph, message.request);
      // The index arrays are moved, not copied: the worker has no further use for them.
      post({ type: 'done', job, records }, [
        records.offsets.buffer,
        records.vertices.buffer,
        records.edges.buffer,
      ]);
    } catch (err) {
      post({ type: 'failed', job, message: err instanceof Error ? err.message : String(err) }, []);
    }
  };
}
