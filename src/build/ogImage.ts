/**
 * The static picture of the default view, made at build time from the same
 * scene, layout, style and SVG export code the app draws with (no browser):
 * the bundled dataset laid out by the seeded force layout, the top loop by firm
 * dollars highlighted, under a headline naming it. `og.png` (1200 × 630) is
 * the social card (og:image, twitter:image) and the embed snippet's fallback;
 * `map.svg` the <noscript> picture. Rasterised by resvg (a Rust SVG renderer
 * from the npm registry) with the machine's fonts.
 */
import { Resvg } from '@resvg/resvg-js';
import { describeLoops } from '../embed/describe';
import { buildMoneyGraph, chainText, findTopLoops } from '../graph';
import { createSimulation } from '../layout/simulation';
import { indexDataset, parseDatasetText, TYPE_LABELS } from '../model';
import { composePicture, dealLegend, mapHeight } from '../render/exportPicture';
import { exportSvg, fitTransform } from '../render/exportSvg';
import { layoutInput } from '../render/layoutInput';
import { THEMES } from '../render/palette';
import { prepareScene } from '../render/renderer';
import { buildSceneModel, sceneScales } from '../render/sceneModel';
import { computeStyle, NO_HOVER } from '../render/style';
import { firmText, headlineText } from '../ui/loops/money';

export interface DefaultPicture {
  /** The whole picture, headline and source line included. */
  readonly svg: string;
  /** The picture in words (its `alt`): the top loops as the noscript text says them. */
  readonly alt: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
}

export function defaultPictureSvg(
  datasetText: string,
  width = 1200,
  height = 630,
  theme: 'light' | 'dark' = 'light',
): DefaultPicture {
  const parsed = parseDatasetText(datasetText);
  if (!parsed.ok) throw new Error('og image: the bundled dataset is not valid');
  const { dataset } = parsed;
  const full = indexDataset(dataset, dataset.deals, dataset.asOf);
  const name = (id: string) => full.companyById.get(id)?.name ?? id;

  // The layout, as the app makes it for a wide box: seeded, settled, still.
  const scales = sceneScales(dataset, full);
  const input = layoutInput(
    dataset.companies,
    (id) => scales.radius(full.flow.get(id)?.total.usd ?? 0),
    dataset.deals,
    full,
  );
  const sim = createSimulation(input.nodes, input.links, { shape: 'wide' });
  while (!sim.step(50));
  const xy = new Float32Array(dataset.companies.length * 2);
  sim.write(xy);
  const slot = new Map(dataset.companies.map((c, i) => [c.id, i]));

  // The top loop by firm dollars, highlighted as a selected loop is.
  const graph = buildMoneyGraph(dataset.companies, dataset.deals, {
    usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
    asOf: dataset.asOf,
  });
  const search = findTopLoops(graph, { limit: 5, timeBudgetMs: 5000 });
  const top = search.loops[0];
  const model = buildSceneModel(scales, full, full, dataset.companies, dataset.deals);
  const scene = prepareScene(model, (id) => slot.get(id));
  const style = computeStyle(
    model,
    {
      focus: top
        ? { kind: 'deals', deals: top.hops.flatMap((h) => h.dealIds), companies: top.companies }
        : null,
      hover: NO_HOVER,
      selected: [],
      selectedDeal: null,
    },
    full,
  );

  const palette = THEMES[theme];
  const title = top
    ? `The AI money loop: ${chainText(top.companies, name)}`
    : 'Circular deals of the AI economy';
  const figure = top ? `${firmText(top)}${headlineText(top) ? `, ${headlineText(top)}` : ''}` : '';
  const standfirst = top
    ? `${figure} can have gone all the way round. Every arrow is a deal: who invests in whom, who buys whose cloud and chips.`
    : 'Every arrow is a deal: who invests in whom, who buys whose cloud and chips.';
  // A card is seen small: frame the loop, close enough for its arrows' dollars
  // to be read, with its neighbourhood around it for context.
  const text = {
    title,
    standfirst,
    footer: `As of ${dataset.asOf ?? 'the dataset date'} · Data: circular-trade, every deal cited · ${dataset.companies.length} companies, ${dataset.deals.length} deals · firm dollars leave out letters of intent, ceilings and contingent tranches`,
    legend: dealLegend(palette, TYPE_LABELS),
  };
  const mapH = mapHeight(width, height, text);
  const framed = top
    ? {
        transform: fitTransform(
          scene,
          xy,
          width,
          mapH,
          Math.min(90, mapH * 0.2),
          top.companies,
          2.2,
        ),
      }
    : {};
  const map = exportSvg(scene, style, xy, {
    width,
    height: mapH,
    palette,
    padding: 16,
    background: false,
    ...framed,
  });
  const svg = composePicture(map, width, height, palette, text);
  return { svg, alt: describeLoops(search, full, 3), title, width, height };
}

/** The picture as PNG bytes, rasterised by resvg with the system's fonts. */
export function pngOf(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    background: 'white',
  });
  return resvg.render().asPng();
}
