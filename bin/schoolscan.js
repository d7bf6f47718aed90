#!/usr/bin/env node
// Entry point for `npx schoolscan`: registers tsx so the TypeScript sources run as they are.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../crawler/src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
