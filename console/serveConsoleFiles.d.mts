export const CONSOLE_DIST_DIR: string;
export function serveConsoleFile(request: Request, distDir?: string): Promise<Response | null>;
