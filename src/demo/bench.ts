// Bench section for `npm run bench -- demo`: times generateDemo at scale 1 and 10 (or the scales
// given as arguments) and prints row counts and heap growth. Register in test/bench/run.ts.
import { generateDemo, summarizeDemo } from './index';

export async function run(args: string[]): Promise<void> {
  const scales = args.length > 0 ? args.map(Number) : [1, 10];
  for (const scale of scales) {
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const data = generateDemo({ seed: 1, scale });
    const ms = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const s = summarizeDemo(data);
    const sites = Object.values(s.sites).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `demo scale ${scale}: ${ms.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB; ` +
        `${sites} sites, ${s.people} people, ${s.unavailability} unavailability, ` +
        `${s.appointments.vice_principal + s.appointments.village_adviser} appointments\n`,
    );
  }
}
