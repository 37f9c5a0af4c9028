export const DOCS_VIEWER_DIR: string;
export const DOCS_VIEWER_FILES: readonly string[];
export function copyDocsViewer(targetDir?: string): void;
