/** A response the suite saw, with what the contract check needs of its request. */
export interface RecordedExchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  readonly body: Promise<string>;
}

const recorded: RecordedExchange[] = [];

/** Keeps a copy of a response (the test reads the original), for the check after the file's tests. */
export function recordExchange(request: Request, response: Response): void {
  recorded.push({
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    headers: new Headers(response.headers),
    body: response.clone().text(),
  });
}

/** The exchanges recorded since the last call. */
export function takeRecordedExchanges(): RecordedExchange[] {
  return recorded.splice(0);
}
