/**
 * Lets components outside the graph (search, the loop player) reach the graph's
 * engines — to centre a company or run a pulse — without re-rendering anything.
 */
import { createContext, useCallback, useContext, useRef, type RefObject } from 'react';
import type { GraphEngines } from './GraphView';

export const GraphHandle = createContext<RefObject<GraphEngines | null> | null>(null);

export function useGraphHandle(): RefObject<GraphEngines | null> | null {
  return useContext(GraphHandle);
}

/**
 * A ref to the graph's engines, the callback that fills it (for GraphStage),
 * and `bringIntoView`, which centres a company (for search).
 */
export function useEnginesRef() {
  const engines = useRef<GraphEngines | null>(null);
  const onEngines = useCallback((e: GraphEngines | null) => {
    engines.current = e;
  }, []);
  const bringIntoView = useCallback((id: string) => {
    const p = engines.current?.layout.store.get(id);
    if (p) engines.current?.panZoom.centerOn(p.x, p.y, 1.2);
  }, []);
  return { engines, onEngines, bringIntoView };
}

/**
 * Runs `then` on the next frame once the graph's engines exist and its layout
 * has settled — before that, the settling layout's own fit would undo a pan or
 * zoom. Gives up after about 10 s without engines. Returns the cancel.
 */
export function whenSettled(
  graph: RefObject<GraphEngines | null>,
  then: (engines: GraphEngines) => void,
): () => void {
  let frame = 0;
  let tries = 0;
  let unsubscribe = () => {};
  const run = (engines: GraphEngines) => {
    frame = requestAnimationFrame(() => then(engines));
  };
  const wait = () => {
    const engines = graph.current;
    if (!engines) {
      if (++tries < 600) frame = requestAnimationFrame(wait);
      return;
    }
    const store = engines.layout.store;
    if (store.phase() === 'settled') return run(engines);
    unsubscribe = store.subscribe((change) => {
      if (change !== 'phase' || store.phase() !== 'settled') return;
      unsubscribe();
      run(engines);
    });
  };
  frame = requestAnimationFrame(wait);
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
  };
}
