/**
 * The embed page tells the page around its iframe how tall its content is, so
 * the iframe can fit it exactly (as Datawrapper's embeds do). The message names
 * the app and the frame; the snippet's listener checks that it comes from its
 * own iframe before it resizes anything.
 */
export const RESIZE_MESSAGE = 'circular-trade:height';
/**
 * The host's resizer asks for the height once it listens (public/embed-resize.js
 * loads async, so the frame's first report can come before anyone hears it).
 */
export const MEASURE_MESSAGE = 'circular-trade:measure';

export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE;
  /** The frame id the snippet gave this iframe (its `frame` parameter). */
  readonly frame: string | null;
  readonly height: number;
}

export function reportHeight(
  element: HTMLElement,
  frame: string | null,
  target: Window,
): () => void {
  let last = 0;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, frame, height };
    // The height is not a secret and the embedding page's origin is unknown.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  const onAsk = (e: MessageEvent) => {
    const d = e.data as { type?: unknown; frame?: unknown } | null;
    if (e.source !== target || !d || d.type !== MEASURE_MESSAGE || d.frame !== frame) return;
    last = 0;
    post();
  };
  window.addEventListener('message', onAsk);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onAsk);
  };
}
