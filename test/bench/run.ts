// `npm run bench`: runs every benchmark section in turn and prints figures.
// Sections live beside this file; each exports `run(args): Promise<void>`.
// `npm run bench -- <section>` runs one section only.
const sections: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  demo: () => import('../../src/demo/bench.js'),
  curtois: () => import('./curtois.js'),
  'zhiban-shaped': () => import('./zhiban-shaped.js'),
  feeds: () => import('./feeds.js'),
  'roster-month': () => import('./roster-month.js'),
};

async function main(argv: string[]): Promise<void> {
  const only = argv[0] && sections[argv[0]] ? argv[0] : undefined;
  const rest = only ? argv.slice(1) : argv;
  for (const [name, load] of Object.entries(sections)) {
    if (only && name !== only) continue;
    process.stdout.write(`\n## ${name}\n`);
    await (await load()).run(rest);
  }
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
export {};
