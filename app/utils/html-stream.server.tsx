import { Transform, type TransformCallback } from "node:stream";

import { createReadableStreamFromReadable } from "@remix-run/node";
import type { ReactElement } from "react";
import { renderToPipeableStream } from "react-dom/server";

/**
 * Drops every 0x00 byte. React 18's Node renderer sends the unfilled tail of its 2,048-byte buffer (zeros)
 * whenever a multi-byte character does not fit at its end (react#24985, #27554, #31134). In UTF-8 a 0x00
 * byte is only ever U+0000, which is never valid in HTML, so dropping it loses nothing.
 * See docs/decisions/010-no-nul-bytes-in-html.md.
 */
export class DropNulBytes extends Transform {
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let nul = chunk.indexOf(0);
    if (nul === -1) return callback(null, chunk);
    const kept: Buffer[] = [];
    let from = 0;
    while (nul !== -1) {
      if (nul > from) kept.push(chunk.subarray(from, nul));
      from = nul + 1;
      nul = chunk.indexOf(0, from);
    }
    if (from < chunk.length) kept.push(chunk.subarray(from));
    callback(null, Buffer.concat(kept));
  }
}

type Options = {
  nonce: string;
  /** Wait for the whole document (for bots) rather than only the shell. */
  waitForAll: boolean;
  /** Stop rendering what is still pending after this long. */
  abortAfterMs: number;
  onError: (error: unknown) => void;
};

/** Renders a document to a stream of UTF-8 bytes free of NUL. Rejects when the shell fails to render. */
export function renderHtmlStream(element: ReactElement, options: Options): Promise<ReadableStream<Uint8Array>> {
  return new Promise((resolve, reject) => {
    const readyEvent = options.waitForAll ? "onAllReady" : "onShellReady";
    const { pipe, abort } = renderToPipeableStream(element, {
      nonce: options.nonce,
      [readyEvent]() {
        const body = new DropNulBytes();
        resolve(createReadableStreamFromReadable(body));
        pipe(body);
      },
      onShellError: reject,
      onError: options.onError,
    });
    setTimeout(abort, options.abortAfterMs);
  });
}
