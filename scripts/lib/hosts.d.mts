export const PROJECT_DIR: string;
export const HOST_RUNTIMES: string[];
export function currentRuntime(): "bun" | "deno" | undefined;
export function runtimeBinary(runtime: string): string;
export function hostCommand(runtime: string, database: string, entry?: string): { command: string; args: string[] };
