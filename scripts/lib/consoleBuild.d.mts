export const CONSOLE_CONFIG_FILE: string;
export const CONSOLE_BUILD_DIR: string;
export const FIRST_LOAD_JS_BUDGET_BYTES: number;
export function buildConsole(options?: { quiet?: boolean }): Promise<void>;
export function measureFirstLoad(buildDir?: string): { files: { file: string; gzipBytes: number }[]; totalGzipBytes: number };
