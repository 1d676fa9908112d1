/**
 * A scene for the render tests: a dataset's scene model, indexed, and laid out
 * by the real seeded simulation, as the app draws it. Not used by the app.
 */
import { createSimulation } from '../layout/simulation';
import { indexDataset, type Dataset } from '../model';
import { layoutInput } from './layoutInput';
import { prepareScene } from './renderer';
import { buildSceneModel, sceneScales } from './sceneModel';

/** A dataset's whole index and its scene model, with nothing filtered out. */
export function sceneOf(dataset: Dataset) {
  const full = indexDataset(dataset, dataset.deals);
  const model = buildSceneModel(
    sceneScales(dataset, full),
    full,
    full,
    dataset.companies,
    dataset.deals,
  );
  return { full, model };
}

export function world(dataset: Dataset) {
  const { full, model } = sceneOf(dataset);
  // The real seeded layout, as the app draws it.
  const radius = sceneScales(dataset, full).radius;
  const input = layoutInput(
    dataset.companies,
    (id) => radius(full.flow.get(id)?.total.usd ?? 0),
    dataset.deals,
    full,
  );
  const sim = createSimulation(input.nodes, input.links);
  sim.step(sim.settleTicks);
  const xy = new Float32Array(input.nodes.length * 2);
  sim.write(xy);
  const slot = new Map(input.nodes.map((n, i) => [n.id, i]));
  const scene = prepareScene(model, (id) => slot.get(id));
  return { full, model, scene, xy };
}
