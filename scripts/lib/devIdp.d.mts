export const DEV_ACCOUNTS: Record<string, { name: string }>;
export const DEV_PASSWORD: string;
export const DEV_API_RESOURCE: string;
export interface DevIdp {
  readonly issuer: string;
  close(): Promise<void>;
}
export function startDevIdp(options: {
  port: number;
  host?: string;
  vars: Record<string, string>;
  consoleOrigins: string[];
  accessTokenTtlSeconds?: number;
}): Promise<DevIdp>;
