export const CLIENT_TYPES_FILE: string;
export function loadApiDocument(): Promise<Record<string, unknown>>;
export function renderClientTypes(document: Record<string, unknown>): Promise<string>;
