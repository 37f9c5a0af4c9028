/** How long a line may wait before it is written, in milliseconds. */
export const LOG_FLUSH_MS = 100;
/** Buffered text that is written at once, whatever the time, in characters. */
export const LOG_FLUSH_CHARS = 64 * 1024;

/**
 * The hosts' standard output for log lines: lines are gathered and written
 * together, at most `flushMs` after the first one or once `flushChars` have
 * gathered, instead of one synchronous write per request (the largest cost a
 * request had on Bun above its floor, docs/performance.md). `flush()` writes
 * what is left; the host calls it when it stops. A process killed outright
 * (SIGKILL) loses at most the last `flushMs` of lines.
 */
export class BatchedLog {
  readonly #write: (text: string) => void;
  readonly #flushMs: number;
  readonly #flushChars: number;
  #lines: string[] = [];
  #chars = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(write: (text: string) => void, { flushMs = LOG_FLUSH_MS, flushChars = LOG_FLUSH_CHARS } = {}) {
    this.#write = write;
    this.#flushMs = flushMs;
    this.#flushChars = flushChars;
  }

  /** Adds one line (a newline is appended). */
  line(text: string): void {
    this.#lines.push(text, "\n");
    this.#chars += text.length + 1;
    if (this.#chars >= this.#flushChars) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), this.#flushMs);
  }

  /** Writes every gathered line now. */
  flush(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#lines.length === 0) return;
    const text = this.#lines.join("");
    this.#lines = [];
    this.#chars = 0;
    this.#write(text);
  }

  /**
   * Routes `console.log` (the worker's request lines) through this log. Its
   * arguments are joined as the runtime would for strings and numbers;
   * anything else goes through the runtime's own formatting, unbatched.
   */
  captureConsoleLog(target: Pick<Console, "log"> = console): void {
    const original = target.log.bind(target);
    target.log = (...args: unknown[]) => {
      if (args.every((arg) => typeof arg === "string" || typeof arg === "number")) this.line(args.join(" "));
      else original(...args);
    };
  }
}
