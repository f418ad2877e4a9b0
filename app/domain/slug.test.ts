import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("spells out the Danish letters and joins words with hyphens", () => {
    expect(slugify("Korsløkken")).toBe("korsloekken");
    expect(slugify("Skt. Klemensparken")).toBe("skt-klemensparken");
    expect(slugify("Solbakken/Rising")).toBe("solbakken-rising");
    expect(slugify("Æblehaven & Ålykke")).toBe("aeblehaven-aalykke");
    expect(slugify("Øvrige afdelinger")).toBe("oevrige-afdelinger");
    expect(slugify("Helhedsplan 2027–2030")).toBe("helhedsplan-2027-2030");
  });

  it("drops other accents rather than the letter", () => {
    expect(slugify("Café Über")).toBe("cafe-uber");
  });

  it("gives nothing for a name with no letters or digits, so the form asks for a slug", () => {
    expect(slugify("—?!")).toBe("");
  });

  it("always gives a valid slug or nothing, never longer than the limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const slug = slugify(name);
        expect(slug === "" || SLUG_PATTERN.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
    );
  });
});
