// `schoolscan` command dispatcher. Each command lives in commands/<name>.ts and exports `run(argv)`.
type CommandModule = { run(argv: string[]): Promise<number>; summary: string };

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  classify: () => import('./commands/classify.ts'),
  crawl: () => import('./commands/crawl.ts'),
  report: () => import('./commands/report.ts'),
  stats: () => import('./commands/stats.ts'),
  diff: () => import('./commands/diff.ts'),
  'sample-review': () => import('./commands/sample-review.ts'),
  review: () => import('./commands/review.ts'),
  worker: () => import('./commands/worker.ts'),
  wacz: () => import('./commands/wacz.ts'),
  verify: () => import('./commands/verify.ts'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    const { TOOL_VERSION } = await import('../../../shared/src/version.ts');
    process.stdout.write(`schoolscan ${TOOL_VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`schoolscan: unknown command "${name}"\n\n${await usage()}`);
    return 2;
  }
  return (await load()).run(rest);
}

async function usage(): Promise<string> {
  const lines = ['Usage: schoolscan <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(14)} ${(await load()).summary}`);
  lines.push('', 'Run `schoolscan <command> --help` for the options of one command.', '');
  return lines.join('\n');
}
