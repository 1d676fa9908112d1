/**
 * "What makes a deal circular?": a few sentences and one small diagram, in a
 * modal <dialog> (the browser traps focus and Escape closes it; focus returns to
 * the button that opened it). One per app or embed, opened from the opening's
 * caption, the story and the panel through ExplainerContext.
 */
import { createContext, useCallback, useContext, useRef, type ReactNode } from 'react';

const ExplainerContext = createContext<(() => void) | null>(null);

/** Opens the explainer; null outside a provider (then no button is shown). */
export function useExplain(): (() => void) | null {
  return useContext(ExplainerContext);
}

export function ExplainerProvider({ children }: { children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback(() => {
    const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
    opener.current = (root?.activeElement as HTMLElement | null) ?? null;
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  return (
    <ExplainerContext.Provider value={open}>
      {children}
      <dialog
        ref={dialog}
        className="explainer"
        aria-labelledby="explainer-title"
        onClose={() => opener.current?.focus()}
      >
        <form method="dialog" className="explainer-close">
          <button type="submit" className="button icon" aria-label="Close">
            ×
          </button>
        </form>
        <h2 id="explainer-title" tabIndex={-1}>
          What makes a deal circular?
        </h2>
        <LoopDiagram />
        <p>
          A set of deals is <strong>circular</strong> when money one company sends out can come back
          to it through the others. Nvidia invests in OpenAI; OpenAI buys cloud computing from
          Oracle; Oracle buys Nvidia chips to run it. Each deal is ordinary business, but together
          the same dollars can count as an investment for one company and as revenue for the next.
        </p>
        <p>
          Why it matters: sales paid for with a supplier&rsquo;s own investment say less about
          outside demand than sales to customers spending their own money. And much of what goes
          round is only promised — letters of intent, &ldquo;up to&rdquo; ceilings, tranches tied to
          milestones — so the map shows the <strong>firm</strong> dollars first and the headline
          after.
        </p>
        <p>
          What it is not: a circular deal is <strong>not evidence of fraud</strong> or of anything
          illegal. Investing in customers and financing their purchases are old, disclosed
          practices; the question they raise is how much of the demand would exist without them.
        </p>
        <p className="muted small">
          How a loop is counted: its figure is its smallest hop, the most money that can have gone
          all the way round. Every deal on the map cites its sources.
        </p>
      </dialog>
    </ExplainerContext.Provider>
  );
}

/** Three companies, three deals, one loop: the shape in the sentence beside it. */
function LoopDiagram() {
  const nodes = [
    { x: 160, y: 34, label: 'Nvidia' },
    { x: 262, y: 150, label: 'OpenAI' },
    { x: 58, y: 150, label: 'Oracle' },
  ];
  const arrows = [
    { d: 'M188 52 Q250 80 252 124', label: 'invests', x: 252, y: 78 },
    { d: 'M232 162 Q160 190 90 162', label: 'buys cloud', x: 160, y: 196 },
    { d: 'M66 124 Q70 80 132 52', label: 'buys chips', x: 52, y: 78 },
  ];
  return (
    <svg
      className="explainer-diagram"
      viewBox="0 0 320 210"
      role="img"
      aria-label="A loop: Nvidia invests in OpenAI, OpenAI buys cloud from Oracle, Oracle buys chips from Nvidia."
    >
      <defs>
        <marker
          id="explainer-head"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      {arrows.map((a) => (
        <g key={a.label}>
          <path
            d={a.d}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            markerEnd="url(#explainer-head)"
          />
          <text x={a.x} y={a.y} textAnchor="middle" className="explainer-edge">
            {a.label}
          </text>
        </g>
      ))}
      {nodes.map((n) => (
        <g key={n.label}>
          <circle cx={n.x} cy={n.y} r="22" className="explainer-node" />
          <text x={n.x} y={n.y + 4} textAnchor="middle" className="explainer-label">
            {n.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
