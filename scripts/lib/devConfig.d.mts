export const DEV_ADMIN_USER: string;
export const DEV_USER: string;
export function generateDevConfig(options?: { origin?: string }): Promise<Record<string, string>>;
export function writeEnvFile(path: string, vars: Record<string, string>): void;
export function readEnvFile(path: string): Record<string, string>;
export function mintUserToken(vars: Record<string, string>, userId: string, ttlSeconds?: number): Promise<string>;
