import { connect, type Socket } from "node:net";

/** What came back on a raw connection: the status line's code, the head's fields, the body so far. */
export interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/**
 * Opens a TCP connection to `port`, lets `send` write whatever bytes it wants (a request an HTTP
 * client would not send, or one it would never finish), and resolves with the first answer once its
 * head and declared body are in, without waiting for the request to end. Rejects when no answer
 * has come within `timeoutMs`, so a server that waits for a body it will never get fails fast.
 */
export function rawRequest(port: number, send: (socket: Socket) => void, timeoutMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = Buffer.alloc(0);
    const finish = (outcome: RawAnswer | Error) => {
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on("error", () => {}); // a server that closes while we still write: the answer, if any, was read first
    socket.on("data", (data) => {
      received = Buffer.concat([received, data]);
      const answer = parseAnswer(received);
      if (answer) finish(answer);
    });
    socket.on("close", () => finish(parseAnswer(received, true) ?? new Error(`closed without an answer: ${JSON.stringify(received.toString("latin1"))}`)));
    socket.on("connect", () => send(socket));
  });
}

/** A request head with `fields` (name, value) after the request line, ended by the blank line. */
export function requestHead(requestLine: string, fields: [string, string][]): string {
  return `${requestLine}\r\n${fields.map(([name, value]) => `${name}: ${value}\r\n`).join("")}\r\n`;
}

/** One chunk of a `Transfer-Encoding: chunked` body. */
export function chunk(data: string): string {
  return `${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n`;
}

function parseAnswer(bytes: Buffer, closed = false): RawAnswer | undefined {
  const end = bytes.indexOf("\r\n\r\n");
  if (end < 0) return undefined;
  const [statusLine, ...lines] = bytes.subarray(0, end).toString("latin1").split("\r\n");
  const headers = new Map(lines.map((line) => {
    const colon = line.indexOf(":");
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
  }));
  const body = bytes.subarray(end + 4);
  const length = Number(headers.get("content-length") ?? (closed ? body.length : Number.NaN));
  if (!(body.length >= length)) return undefined;
  return { status: Number(statusLine!.split(" ")[1]), headers, body: body.subarray(0, length).toString("utf8") };
}
