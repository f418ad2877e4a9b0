import { Fragment } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { DropNulBytes, renderHtmlStream } from "./html-stream.server";

/** Danish text as the pages carry it: æøå, a no-break space before "kr.", the health dot, a dash. */
const DANISH = [
  "Beskæftigelsesmentor",
  "1.234.567\u00a0kr.",
  "● grøn",
  "Tryghedsvandringer — Korsløkken",
  "Rådgivning i forældrerollen",
  "Å",
];

/**
 * A page of short text nodes shifted by `shift` ASCII characters, so that across the shifts every kind of
 * multi-byte character lands on every position around each 2,048-byte boundary.
 */
function Page({ shift }: { shift: number }) {
  return (
    <main>
      <p>{"x".repeat(shift)}</p>
      {Array.from({ length: 400 }, (_, i) => (
        <Fragment key={i}>
          <span>{DANISH[i % DANISH.length]}</span>
          {i % 3 === 0 ? "æ" : null}
        </Fragment>
      ))}
    </main>
  );
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("renderHtmlStream", () => {
  it("sends no NUL byte and exactly the rendered text, wherever a multi-byte character meets a buffer boundary", async () => {
    const withNul: number[] = [];
    for (let shift = 0; shift < 48; shift++) {
      const stream = await renderHtmlStream(<Page shift={shift} />, {
        nonce: "",
        waitForAll: true,
        abortAfterMs: 5_000,
        onError: () => {},
      });
      const bytes = await bytesOf(stream);
      if (bytes.includes(0)) withNul.push(shift);
      else expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(renderToString(<Page shift={shift} />));
    }
    expect(withNul, "shifts whose output held 0x00").toEqual([]);
  });
});

describe("DropNulBytes", () => {
  it.each([
    [
      [0x61, 0x00, 0x62],
      [0x61, 0x62],
    ],
    [
      [0x00, 0x00, 0xc3, 0xa6, 0x00],
      [0xc3, 0xa6],
    ],
    [[0x00, 0x00, 0x00], []],
    [
      [0xe2, 0x80, 0x94],
      [0xe2, 0x80, 0x94],
    ],
  ])("turns %j into %j", async (input, expected) => {
    const transform = new DropNulBytes();
    const out: Buffer[] = [];
    transform.on("data", (chunk: Buffer) => out.push(chunk));
    const ended = new Promise((resolve) => transform.on("end", resolve));
    transform.end(Buffer.from(input));
    await ended;
    expect([...Buffer.concat(out)]).toEqual(expected);
  });
});
