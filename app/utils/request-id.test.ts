import { describe, expect, it } from "vitest";

import { messageWithRequestId, requestIdOfError } from "./request-id";

describe("requestIdOfError", () => {
  it("reads the id a data request's error carries in its message", () => {
    expect(requestIdOfError(new Error(messageWithRequestId("0123456789ab")), "ffffffffffff")).toBe("0123456789ab");
  });

  it("gives a document request's sanitised error the document's own id", () => {
    expect(requestIdOfError(new Error("Unexpected Server Error"), "0123456789ab")).toBe("0123456789ab");
  });

  it("gives none to an error that arose in the browser, or to a thrown response", () => {
    expect(requestIdOfError(new TypeError("x is undefined"), "0123456789ab")).toBeNull();
    expect(requestIdOfError({ status: 404 }, "0123456789ab")).toBeNull();
    expect(requestIdOfError(new Error("Unexpected Server Error"), undefined)).toBeNull();
  });
});
