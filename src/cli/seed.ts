// `npm run cli -- seed [--scale N] [--seed S]`: writes the generated demo registry into an
// empty database (scale 10 = a province-sized set for benchmarks).
import { parseArgs } from 'node:util';
import { boot } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { isRegistryEmpty, seedDemo } from '../../db/seed.js';
import { generateDemo } from '../demo/index.js';

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' } } });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!Number.isInteger(scale) || scale < 1) {
    process.stderr.write('--scale must be a positive integer\n');
    return 2;
  }
  const { database } = await boot(loadConfig(), { seed: false });
  try {
    if (!(await isRegistryEmpty(database))) {
      process.stderr.write('the registry is not empty; seed only into a fresh database (set DATA_DIR or DATABASE_URL)\n');
      return 2;
    }
    const t0 = performance.now();
    const counts = await seedDemo(database, generateDemo({ seed, scale }));
    process.stdout.write(`${JSON.stringify({ ...counts, seconds: +((performance.now() - t0) / 1000).toFixed(1) })}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
