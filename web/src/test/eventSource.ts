/**
 * jsdom has no EventSource. This one reads a `text/event-stream` answer through `fetch`, so
 * MSW serves the stream as it serves every other request (test-only; browsers have their
 * own). It follows the WHATWG parsing rules the app relies on: `event`, `data`, `id`,
 * comments, blank line ends an event; a non-200 answer closes it for good.
 */
class FetchEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;

  readonly url: string;
  readonly withCredentials: boolean;
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private readonly abort = new AbortController();

  constructor(url: string | URL, init?: EventSourceInit) {
    super();
    this.url = new URL(url, window.location.href).toString();
    this.withCredentials = init?.withCredentials ?? false;
    void this.run();
  }

  close(): void {
    this.readyState = 2;
    this.abort.abort();
  }

  private emit(event: Event) {
    this.dispatchEvent(event);
    const handler =
      event.type === 'open' ? this.onopen : event.type === 'error' ? this.onerror : undefined;
    handler?.call(this, event);
    if (event.type === 'message' && event instanceof MessageEvent) {
      this.onmessage?.call(this, event);
    }
  }

  private async run() {
    let response: Response;
    try {
      response = await fetch(this.url, {
        headers: { Accept: 'text/event-stream' },
        credentials: this.withCredentials ? 'include' : 'same-origin',
        signal: this.abort.signal,
      });
    } catch {
      this.fail();
      return;
    }
    if (response.status !== 200 || response.body === null) {
      this.fail();
      return;
    }
    this.readyState = 1;
    this.emit(new Event('open'));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let type = '';
    let data: string[] = [];
    let lastEventId = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        buffer += value;
        let newline = buffer.search(/\r\n|\n|\r/);
        while (newline >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
          if (line === '') {
            if (data.length > 0) {
              this.emit(
                new MessageEvent(type === '' ? 'message' : type, {
                  data: data.join('\n'),
                  lastEventId,
                  origin: new URL(this.url).origin,
                }),
              );
            }
            type = '';
            data = [];
          } else if (!line.startsWith(':')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const fieldValue = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') {
              type = fieldValue;
            } else if (field === 'data') {
              data.push(fieldValue);
            } else if (field === 'id') {
              lastEventId = fieldValue;
            }
          }
          newline = buffer.search(/\r\n|\n|\r/);
        }
      }
    } catch {
      // aborted by close()
    }
    if (this.readyState !== 2) {
      this.fail();
    }
  }

  private fail() {
    if (this.readyState === 2 && this.abort.signal.aborted) {
      return;
    }
    this.readyState = 2;
    this.emit(new Event('error'));
  }
}

/** Installs the fetch-backed EventSource when the environment has none. */
export function installEventSource(): void {
  if (typeof globalThis.EventSource === 'undefined') {
    Object.defineProperty(globalThis, 'EventSource', {
      configurable: true,
      writable: true,
      value: FetchEventSource,
    });
  }
}

/**
 * An SSE answer the test writes to as it goes: `send('count', {unread: 2})`, then `close()`.
 */
export function eventStream() {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
  });
  return {
    response: () =>
      new Response(body, {
        status: 200,
        headers: { 'Content-Type': 'text/event-stream' },
      }),
    send(event: string, data: unknown, id?: string) {
      const lines = [`event:${event}`, ...(id === undefined ? [] : [`id:${id}`])];
      lines.push(`data:${JSON.stringify(data)}`);
      controller?.enqueue(encoder.encode(`${lines.join('\n')}\n\n`));
    },
    comment(text: string) {
      controller?.enqueue(encoder.encode(`:${text}\n\n`));
    },
    close() {
      controller?.close();
    },
  };
}
