/**
 * Lets components outside the graph (search, the loop player) reach the graph's
 * engines — to centre a company or run a pulse — without re-rendering anything.
 */
import { createContext, useContext, type RefObject } from 'react';
import type { GraphEngines } from './GraphView';

export const GraphHandle = createContext<RefObject<GraphEngines | null> | null>(null);

export function useGraphHandle(): RefObject<GraphEngines | null> | null {
  return useContext(GraphHandle);
}
