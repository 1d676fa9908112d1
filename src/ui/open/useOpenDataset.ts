import { useCallback, useRef, useState, type DragEvent } from 'react';
import { openLocalFiles, type OpenOutcome } from '../../state/openLocal';
import { useStoreApi } from '../context';

export type OpenState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly names: string }
  | { readonly phase: 'done'; readonly outcome: OpenOutcome };

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/**
 * The Open dialog's state and the map's drop target, shared so that files
 * dropped on the map report in the same dialog as files chosen in it.
 */
export function useOpenDataset() {
  const store = useStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<OpenState>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  const show = useCallback(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const open = useCallback(
    async (files: readonly File[]) => {
      setState({ phase: 'reading', names: files.map((f) => f.name).join(', ') });
      const outcome = await openLocalFiles(store, files);
      setState({ phase: 'done', outcome });
      // Success with nothing to say closes the dialog; problems keep it open.
      if (outcome.ok && outcome.warnings.length === 0) dialog.current?.close();
      else show();
    },
    [store, show],
  );

  const drop = {
    onDragEnter: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      void open(Array.from(e.dataTransfer.files));
    },
  };

  return { dialog, state, show, open, drop, dragging };
}
