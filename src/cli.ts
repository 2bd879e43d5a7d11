// Command-line entry: `npm run cli -- <command> …`. Each command lives in src/cli/<name>.ts
// and exports `run(args: string[]): Promise<number>` (the exit code).
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  // Registered commands; each import is lazy so one command's dependencies never slow another.
  token: () => import('./cli/token.js'),
  seed: () => import('./cli/seed.js'),
  curtois: () => import('./cli/curtois.js'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run cli -- <${Object.keys(commands).join('|')}> …\n`);
    return 2;
  }
  const mod = await load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
export {};
