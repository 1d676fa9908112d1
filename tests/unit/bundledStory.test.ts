/**
 * The bundled story must be defensible line by line: every chapter cites deals
 * that exist, every dollar figure in its text is a figure of a deal it cites
 * (the headline, the firm part, or the contingent rest), and a chapter's loop is
 * a loop of the data at the chapter's view. Real dataset, real engine.
 */
import { describe, expect, it } from 'vitest';
import { createDerived } from '../../src/state/derive';
import { resolveStory } from '../../src/state/story';
import { parseView } from '../../src/state/url';
import { loopCaption } from '../../src/ui/story/caption';
import { bundled } from './renderWithStore';

const story = bundled.stories?.find((s) => s.id === 'how-the-money-goes-round');
const dealById = new Map(bundled.deals.map((d) => [d.id, d]));
const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** "$30B", "$1.3B", "$250M", "$0" in a text, in dollars. */
export function quotedDollars(text: string): number[] {
  return [...text.matchAll(/\$(\d+(?:\.\d+)?)\s*([KMBT])?\b/g)].map((m) =>
    Math.round(Number(m[1]) * (SCALE[m[2] ?? ''] ?? 1)),
  );
}

describe('the bundled story, "How the money goes round, 2019–2026"', () => {
  it('has 6 to 9 chapters, each with a title, a text and the deals it cites', () => {
    expect(story?.title).toBe('How the money goes round, 2019–2026');
    expect(story?.steps.length).toBeGreaterThanOrEqual(6);
    expect(story?.steps.length).toBeLessThanOrEqual(9);
    for (const step of story?.steps ?? [])
      expect(step.deals?.length, step.title).toBeGreaterThan(0);
  });

  it('quotes only figures of the deals a chapter cites', () => {
    expect(quotedDollars('$30B, $1.3B and $250M; $0 firm')).toEqual([30e9, 1.3e9, 250e6, 0]);
    for (const step of story?.steps ?? []) {
      const figures = new Set<number>();
      for (const id of step.deals ?? []) {
        const deal = dealById.get(id);
        expect(deal, `${step.title}: deal ${id}`).toBeDefined();
        if (deal?.amountUsd != null) figures.add(deal.amountUsd);
        if (deal?.firmUsd != null) figures.add(deal.firmUsd);
        if (deal?.amountUsd != null && deal.firmUsd != null)
          figures.add(deal.amountUsd - deal.firmUsd);
      }
      const quoted = quotedDollars(step.text);
      for (const usd of quoted)
        expect(figures.has(usd), `${step.title}: $${usd} is not a figure of its deals`).toBe(true);
    }
  });

  it('names loops that exist at each chapter’s view, and ends on the latest deals', () => {
    const derived = createDerived();
    story?.steps.forEach((step, i) => {
      const { view, notices } = resolveStory(
        parseView(`story=${story.id}&step=${i + 1}`).view,
        bundled,
      );
      expect(notices).toEqual([]);
      if (!view.loop) return;
      const graph = derived.moneyGraph(bundled, view.filters, view.rank);
      expect(
        derived.loop(graph, view.loop),
        `${step.title}: ${view.loop.join(' → ')}`,
      ).not.toBeNull();
    });
    const last = story?.steps.at(-1);
    const latest = (last?.deals ?? []).map((id) => dealById.get(id)?.announced ?? '').sort();
    expect(latest.at(-1)?.slice(0, 7)).toBe(bundled.asOf.slice(0, 7));
  });
});

describe('the opening caption', () => {
  it('tells the top loop by firm dollars in plain words, with its figure', () => {
    const derived = createDerived();
    const graph = derived.moneyGraph(bundled, parseView('').view.filters, 'firm');
    const top = derived.loops(graph, null, 6, false).loops[0];
    if (!top) throw new Error('the bundled data has loops');
    expect(loopCaption(top, derived.fullIndex(bundled))).toBe(
      'Nvidia invests in OpenAI; OpenAI buys cloud from Oracle; Oracle buys Nvidia chips: $30.1B can have gone all the way round.',
    );
  });

  it('says how much is firm and how much only promised when they differ', () => {
    const derived = createDerived();
    const graph = derived.moneyGraph(bundled, parseView('').view.filters, 'firm');
    const loop = derived.loop(graph, ['amazon', 'openai']);
    if (!loop) throw new Error('Amazon → OpenAI → Amazon is a loop of the bundled data');
    expect(loopCaption(loop, derived.fullIndex(bundled))).toBe(
      'Amazon invests in OpenAI; OpenAI buys cloud from Amazon: $15B firm (up to $50B promised) can have gone all the way round.',
    );
  });
});
