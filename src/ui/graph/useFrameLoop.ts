/**
 * On a wide screen, a loop the reader selects (from the list, a link, the
 * table) is framed on the map: its companies brought to the middle and zoomed in
 * up to twice, so both its arrows have room for their dollars. Two companies
 * that sit close together otherwise leave room for one amount at most, and the
 * loop is what the reader asked to read. The phone's sheet frames its own view
 * (PanelSheet), and a chapter or the opening frames itself (useChapter).
 */
import { useEffect } from 'react';
import { showOnMap } from '../a11y/showOnMap';
import { useNarrow } from '../a11y/useNarrow';
import type { AppState } from '../../state/store';
import { useAppStore } from '../context';
import { useGraphHandle, whenSettled } from './handle';

const selectLoopKey = (s: AppState) => s.view.loop?.join('\n') ?? '';
const selectTelling = (s: AppState) => s.view.story != null || s.opening;

export function useFrameLoop(): void {
  const narrow = useNarrow();
  const graph = useGraphHandle();
  const key = useAppStore(selectLoopKey);
  const telling = useAppStore(selectTelling);
  useEffect(() => {
    if (narrow || telling || !graph || !key) return;
    // Once settled: before that, the settling layout's own fit would undo it.
    return whenSettled(graph, (engines) => showOnMap(engines, key.split('\n'), true));
  }, [narrow, telling, graph, key]);
}
