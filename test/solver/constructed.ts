// A Curtois instance compiled, with the solver's constructed (and repaired) roster on its engine:
// the starting point column generation sees inside solve().
import { readFileSync } from 'node:fs';
import { parseCurtois } from '../../src/solver/formats/curtois.js';
import { compile } from '../../src/solver/model/compile.js';
import { Engine } from '../../src/solver/model/engine.js';
import { createRng } from '../../src/solver/random.js';
import { construct, constructByDp, repairByDp } from '../../src/solver/search/construct.js';
import { WindowDp } from '../../src/solver/search/dp.js';
import { initialWeights } from '../../src/solver/search/weights.js';

export function constructedCurtois(file: string, name: string) {
  const never = () => false;
  const m = compile(parseCurtois(readFileSync(file, 'utf8'), name));
  const e = new Engine(m);
  e.recompute();
  const w = initialWeights(m.coverSoft);
  const rng = createRng(1);
  const dp = new WindowDp(e, w, rng);
  constructByDp(e, dp, rng, w, never);
  construct(e, rng, w, never);
  e.recompute();
  repairByDp(e, dp, rng, never);
  return { m, e, w };
}
