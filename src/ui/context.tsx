/**
 * React bindings for one store instance. Components select the smallest slice
 * they need with a module-level selector, so they re-render only when it changes.
 */
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../model';
import { createDerived, type Derived } from '../state/derive';
import type { LoopsAnswer } from '../state/loopService';
import type { AppActions, AppState, AppStore } from '../state/store';
import { createMapCovers, type MapCovers } from './graph/covers';

interface Instance {
  readonly store: AppStore;
  readonly derived: Derived;
  /** 'app' is the full page; 'embed' is the compact view inside someone's article. */
  readonly mode: 'app' | 'embed';
  /**
   * Where this instance listens for keys: the whole document for the app, its
   * own root for an embed (two maps on one page must not both react).
   */
  readonly keyScope: EventTarget;
  /** What lies over this instance's map (graph/covers.ts). */
  readonly covers: MapCovers;
}

const InstanceContext = createContext<Instance | null>(null);

export function StoreProvider({
  store,
  mode,
  keyScope,
  children,
}: {
  store: AppStore;
  mode: Instance['mode'];
  keyScope?: EventTarget;
  children: ReactNode;
}) {
  // One derived cache per store: two embeds on a page never share memo state.
  const [derived] = useState(() => createDerived());
  const [covers] = useState(createMapCovers);
  // The loop worker goes with the instance (it restarts if the instance is used again).
  useEffect(() => derived.destroy, [derived]);
  const scope = keyScope ?? document;
  const instance = useMemo(
    () => ({ store, derived, mode, keyScope: scope, covers }),
    [store, derived, mode, scope, covers],
  );
  return <InstanceContext.Provider value={instance}>{children}</InstanceContext.Provider>;
}

function useInstanceContext(): Instance {
  const instance = useContext(InstanceContext);
  if (!instance) throw new Error('useAppStore: no StoreProvider above this component');
  return instance;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useInstanceContext().store, selector);
}

export function useStoreApi(): AppStore {
  return useInstanceContext().store;
}

export function useDerived(): Derived {
  return useInstanceContext().derived;
}

export function useMode(): Instance['mode'] {
  return useInstanceContext().mode;
}

export function useKeyScope(): EventTarget {
  return useInstanceContext().keyScope;
}

export function useMapCovers(): MapCovers {
  return useInstanceContext().covers;
}

/**
 * The element behind `ref` lies over the map while `shown` (pass whether the
 * component renders it): no label or dollar is placed under it, and a `card`
 * has the map's fit keep every company clear of it too (graph/covers.ts).
 * Registered in a layout effect, so the map is placed clear of it before that
 * commit's paint.
 */
export function useMapCover(
  ref: RefObject<Element | null>,
  { shown = true, card = false }: { shown?: boolean; card?: boolean } = {},
): void {
  const covers = useMapCovers();
  useLayoutEffect(() => {
    const el = ref.current;
    return el && shown ? covers.add(el, card) : undefined;
  }, [covers, ref, shown, card]);
}

const selectActions = (s: AppState) => s.actions;
export function useActions(): AppActions {
  return useAppStore(selectActions);
}

const selectDataset = (s: AppState): Dataset | null =>
  s.data.state === 'ready' ? s.data.dataset : null;
const selectUsdPerGw = (s: AppState) => s.view.usdPerGw;

/**
 * The dataset as the reader sees it: loaded, with their own dollars-per-gigawatt
 * assumption if they set one. Everything that counts dollars uses this.
 */
export function useDataset(): Dataset | null {
  const dataset = useAppStore(selectDataset);
  const usdPerGw = useAppStore(selectUsdPerGw);
  const derived = useDerived();
  return dataset ? derived.effective(dataset, usdPerGw) : null;
}

/** The dataset exactly as loaded: the layout is made from it, so it never moves. */
export function useLoadedDataset(): Dataset | null {
  return useAppStore(selectDataset);
}

const selectFilters = (s: AppState) => s.view.filters;
/** The filtered view of the loaded dataset, or null while nothing is loaded. */
export function useFiltered() {
  const dataset = useDataset();
  const filters = useAppStore(selectFilters);
  const derived = useDerived();
  return dataset ? derived.filtered(dataset, filters) : null;
}

export function useViewIndex() {
  const dataset = useDataset();
  const filters = useAppStore(selectFilters);
  const derived = useDerived();
  return dataset ? derived.viewIndex(dataset, filters) : null;
}

export function useFullIndex() {
  const dataset = useDataset();
  const derived = useDerived();
  return dataset ? derived.fullIndex(dataset) : null;
}

const selectMaxLength = (s: AppState) => s.view.maxLength;
const selectCompany = (s: AppState) => s.view.company;
const selectTarget = (s: AppState) => s.view.target;
const selectLoop = (s: AppState) => s.view.loop;
const selectRank = (s: AppState) => s.view.rank;
const selectInOrder = (s: AppState) => s.view.inOrder;

export function useMoneyGraph() {
  const dataset = useDataset();
  const filters = useAppStore(selectFilters);
  const rank = useAppStore(selectRank);
  const derived = useDerived();
  return dataset ? derived.moneyGraph(dataset, filters, rank) : null;
}

/**
 * Loops through the selected company, or the top loops of the whole view. A
 * search that needs more than a frame answers `pending` at first and finishes
 * in the loop worker: its result re-renders the callers (and only them).
 */
export function useLoops(): LoopsAnswer | null {
  const graph = useMoneyGraph();
  const company = useAppStore(selectCompany);
  const maxLength = useAppStore(selectMaxLength);
  const inOrder = useAppStore(selectInOrder);
  const derived = useDerived();
  useLoopAnswers(derived.loopUpdates);
  return graph ? derived.loops(graph, company, maxLength, inOrder) : null;
}

/**
 * Re-renders when the loop service has a new answer (a search finished in the
 * loop worker), in a transition: React renders the new list in slices between
 * frames. (useSyncExternalStore rendered it inside the worker's message, one
 * 25–40 ms task for the opening's loops at 1,000 companies.) An answer found
 * on the page within the click's budget is read during the click's own render,
 * so a click still lists its loops at once.
 */
function useLoopAnswers(updates: { subscribe(l: () => void): () => void; version(): number }) {
  const [, bump] = useState(0);
  const seen = updates.version();
  useEffect(() => {
    const onAnswer = () => startTransition(() => bump((n) => n + 1));
    const stop = updates.subscribe(onAnswer);
    // An answer that came between this render and the subscription.
    if (updates.version() !== seen) onAnswer();
    return stop;
  }, [updates, seen]);
}

/** Money paths from the selected company to the second one, if there is one. */
export function usePaths() {
  const graph = useMoneyGraph();
  const company = useAppStore(selectCompany);
  const target = useAppStore(selectTarget);
  const maxLength = useAppStore(selectMaxLength);
  const inOrder = useAppStore(selectInOrder);
  const derived = useDerived();
  return graph && company && target
    ? derived.paths(graph, company, target, maxLength, inOrder)
    : null;
}

/** The selected loop as it exists in the current view, or null. */
export function useSelectedLoop() {
  const graph = useMoneyGraph();
  const companies = useAppStore(selectLoop);
  const derived = useDerived();
  return graph ? derived.loop(graph, companies) : null;
}
