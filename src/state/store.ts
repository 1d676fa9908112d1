/**
 * The store: one per app or embed instance (created with `createAppStore`, handed
 * down through React context), so two embeds on a page never share state.
 *
 * It holds only what cannot be derived: the loaded dataset, the view (what a
 * link can carry), transient hover, notices and playback. The filtered graph,
 * loops and styles are derived from these (see derive.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset, Problem } from '../model';
import type { ReadProgress } from './readDataset';
import { DEFAULT_VIEW, type Filters, type ViewState } from './viewState';

export type DataStatus =
  | {
      readonly state: 'loading';
      readonly source: string | null;
      /** How far a dataset file has got (download, read, check); absent at the start. */
      readonly progress?: ReadProgress;
    }
  | { readonly state: 'ready'; readonly dataset: Dataset; readonly source: string | null }
  | {
      readonly state: 'error';
      readonly source: string | null;
      /** One sentence: what went wrong, in the reader's words. */
      readonly message: string;
      /** Located problems when the file arrived but is not a valid dataset. */
      readonly problems: readonly Problem[];
    };

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'warning';
  /** When it was shown (ms since the epoch): each notice leaves on its own clock. */
  readonly at: number;
}

export interface Hover {
  readonly company: string | null;
  readonly deal: string | null;
  /** loopKey of a hovered loop in the list. */
  readonly loop: string | null;
  /** Deal ids of a hovered money path. */
  readonly path: readonly string[] | null;
}

export interface AppState {
  readonly data: DataStatus;
  readonly view: ViewState;
  readonly hover: Hover;
  readonly notices: readonly Notice[];
  /** Follow the dollar: which hop of the selected loop is shown (null = not playing). */
  readonly step: number | null;
  readonly playing: boolean;
  /** The time-lapse is replaying history month by month. */
  readonly replaying: boolean;
  /**
   * The opening is shown: the view's loop is the one it highlights, not the
   * reader's choice, so the link stays plain (see urlSync.ts).
   */
  readonly opening: boolean;
  readonly actions: AppActions;
}

export interface AppActions {
  setData(data: DataStatus): void;
  /** Replaces the whole view (URL restore, back/forward). */
  setView(view: ViewState): void;
  selectCompany(id: string | null, options?: { additive?: boolean }): void;
  selectDeal(id: string | null): void;
  selectLoop(companies: readonly string[] | null): void;
  clearSelection(): void;
  setFilters(patch: Partial<Filters>): void;
  setMaxLength(n: number): void;
  setTheme(theme: ViewState['theme']): void;
  /** Dollars per gigawatt for GW-only deals; null returns to the dataset's. */
  setUsdPerGw(usdPerGw: number | null): void;
  setRank(rank: ViewState['rank']): void;
  setInOrder(inOrder: boolean): void;
  setHover(patch: Partial<Hover>): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(id: number): void;
  setStep(step: number | null): void;
  setPlaying(playing: boolean): void;
  setReplaying(replaying: boolean): void;
  /** Shows the opening: the loop it highlights (the top loop), with its caption. */
  startOpening(loop: readonly string[]): void;
  /** Leaves the story (or the opening), keeping what is on the map. */
  leaveStory(): void;
}

export type AppStore = StoreApi<AppState>;

const NO_HOVER: Hover = { company: null, deal: null, loop: null, path: null };

export function createAppStore(initial: { view?: ViewState; data?: DataStatus } = {}): AppStore {
  let noticeId = 0;
  return createStore<AppState>()((set, get) => {
    // Any change the reader makes leaves the story and the opening: the map is theirs now.
    const patchView = (patch: Partial<ViewState>) =>
      set((s) => ({
        view: { ...s.view, story: null, explored: true, ...patch },
        step: null,
        playing: false,
        opening: false,
      }));
    return {
      data: initial.data ?? { state: 'loading', source: null },
      view: initial.view ?? DEFAULT_VIEW,
      hover: NO_HOVER,
      notices: [],
      step: null,
      playing: false,
      replaying: false,
      opening: false,
      actions: {
        setData: (data) => set({ data }),
        setView: (view) =>
          set({ view, step: null, playing: false, hover: NO_HOVER, opening: false }),
        selectCompany(id, { additive = false } = {}) {
          const { view } = get();
          if (additive && id && view.company && id !== view.company) {
            // A second company: show the money paths between the two.
            patchView({ target: id, loop: null, deal: null });
            return;
          }
          patchView({ company: id, target: null, loop: null, deal: null });
        },
        selectDeal: (id) => patchView({ deal: id }),
        selectLoop: (companies) => patchView({ loop: companies, deal: null }),
        clearSelection() {
          // In a story, a click on the map (or Escape) leaves it, keeping the chapter's view.
          if (get().view.story != null) get().actions.leaveStory();
          else patchView({ company: null, target: null, loop: null, deal: null });
        },
        setFilters: (patch) => patchView({ filters: { ...get().view.filters, ...patch } }),
        setMaxLength: (maxLength) => patchView({ maxLength }),
        // The theme is the reader's setting: it keeps the story or the opening on screen.
        setTheme: (theme) => set((s) => ({ view: { ...s.view, theme } })),
        setUsdPerGw: (usdPerGw) => patchView({ usdPerGw }),
        setRank: (rank) => patchView({ rank }),
        setInOrder: (inOrder) => patchView({ inOrder }),
        setHover: (patch) => set((s) => ({ hover: { ...s.hover, ...patch } })),
        notify(text, tone = 'info') {
          // The same words twice in a row are one notice, not two.
          if (get().notices.some((n) => n.text === text)) return;
          const id = ++noticeId;
          set((s) => ({ notices: [...s.notices, { id, text, tone, at: Date.now() }].slice(-4) }));
        },
        dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
        setStep: (step) => set({ step }),
        setPlaying: (playing) => set({ playing }),
        setReplaying: (replaying) => set({ replaying }),
        startOpening: (loop) =>
          set((s) => ({ view: { ...s.view, loop: [...loop] }, opening: true, step: null })),
        leaveStory: () =>
          set((s) => ({ view: { ...s.view, story: null, explored: true }, opening: false })),
      },
    };
  });
}
