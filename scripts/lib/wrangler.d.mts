import type { ChildProcess, StdioOptions } from "node:child_process";
export const WRANGLER_ENV: NodeJS.ProcessEnv;
export function runWrangler(args: string[], options?: { quiet?: boolean }): string;
export function startWranglerDev(args: string[], options?: { stdio?: StdioOptions; env?: Record<string, string> }): ChildProcess;
export function waitUntilServing(url: string, timeoutMs?: number, child?: ChildProcess): Promise<void>;
