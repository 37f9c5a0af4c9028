import { describe, expect, it } from "vitest";
import { callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError } from "../support/expectApiError";

/** Creates a space named `name` as a fresh user and reads the stored name back. */
async function createAndReadName(name: unknown): Promise<string> {
  const token = await userToken(uniqueUser());
  const created = await callAs(token, "POST", "/spaces", { name });
  expect(created.status).toBe(201);
  expect(await created.text()).toBe("");
  const read = await callAs(token, "GET", `/spaces/${spaceIdFrom(created)}`);
  expect(read.status).toBe(200);
  return ((await read.json()) as { name: string }).name;
}

/** Asserts that `name` is refused with 400 invalid_request and no space is created. */
async function expectNameRefused(name: unknown): Promise<void> {
  const user = uniqueUser();
  const response = await callAs(await userToken(user), "POST", "/spaces", { name });
  await expectApiError(response, 400, "invalid_request");
  const listed = await callAs(await userToken(user), "GET", "/user/spaces");
  expect(await listed.json()).toEqual({ spaces: [] });
}

describe("space names that are accepted and stored verbatim", () => {
  it.each([
    ["2 characters, the shortest", "ab"],
    ["2 digits", "42"],
    ["128 characters, the longest", "a".repeat(128)],
    ["128 characters with inner dots, dashes and spaces", `x${"a.b-c d".repeat(18)}z`],
    ["an inner dot", "my.space"],
    ["an inner dash", "my-space"],
    ["an inner space", "my space"],
    ["runs of inner dots, dashes and spaces", "a..b--c  d .-e"],
    ["round brackets, also at the ends", "(project)"],
    ["square brackets, also at the ends", "[archive]"],
    ["curly brackets, also at the ends", "{tmp}"],
    ["underscores, also at the ends", "_private_"],
    ["a mixture", "Project X (v2.1) [final]_copy-3"],
    ["Polish letters", "Żółć"],
    ["Japanese", "データ"],
    ["letters with diacritics", "Ünïcödé"],
    ["Cyrillic with an inner space", "Научные данные"],
    ["Arabic-Indic digits", "٣٤"],
    ["Greek", "Δεδομένα"],
    ["Hindi, whose vowel signs are combining marks", "हिन्दी"],
    ["Thai with tone marks", "ข้อมูล"],
    ["Hebrew with points", "שָׁלוֹם"],
    ["a letter with its mark at the end", "Cafe\u0301 e\u0301".normalize("NFC")],
  ])("accepts %s", async (_label, name) => {
    expect(await createAndReadName(name)).toBe(name);
  });

  it("stores a decomposed (NFD) name in NFC: one name, one spelling", async () => {
    const decomposed = "Cafe\u0301";
    expect(decomposed.length).toBe(5);
    const stored = await createAndReadName(decomposed);
    expect({ stored, length: stored.length }).toEqual({ stored: "Caf\u00e9", length: 4 });
  });

  it("counts length in code points: 128 astral letters are accepted", async () => {
    const name = "𝒜".repeat(128);
    expect(name.length).toBe(256);
    expect(await createAndReadName(name)).toBe(name);
  });

  it("accepts the boundary names at the 3.0 base path too", async () => {
    const token = await userToken(uniqueUser());
    for (const name of ["ab", "a".repeat(128)]) {
      const created = await callAs(token, "POST", "/api/v3/onezone/spaces", { name });
      expect(created.status).toBe(201);
    }
    await expectApiError(await callAs(token, "POST", "/api/v3/onezone/spaces", { name: "a" }), 400, "invalid_request");
  });
});

describe("space names that are refused with 400 invalid_request", () => {
  it.each([
    ["empty", ""],
    ["1 character", "a"],
    ["1 Unicode letter", "Ż"],
    ["129 characters", "a".repeat(129)],
    ["129 astral letters", "𝒜".repeat(129)],
    ["a leading dot", ".hidden"],
    ["a trailing dot", "space."],
    ["a leading dash", "-space"],
    ["a trailing dash", "space-"],
    ["a leading space", " space"],
    ["a trailing space", "space "],
    ["only dots", ".."],
    ["only spaces", "   "],
    ["only dashes", "--"],
    ["an emoji alone", "🚀🚀"],
    ["an inner emoji", "my 🚀 space"],
    ["a trailing emoji", "space🚀"],
    ["a flag emoji", "data🇵🇱"],
    ["a slash", "a/b"],
    ["an at sign", "me@home"],
    ["a comma", "a,b"],
    ["an apostrophe", "Bob's"],
    ["a tab", "a\tb"],
    ["a newline", "a\nb"],
    ["a NUL character", "a\u0000b"],
    ["a zero-width space", "a\u200bb"],
    ["angle brackets", "<script>"],
    ["only combining marks", "\u0301\u0301\u0301"],
    ["a combining mark first", "\u0301ab"],
    ["a mark after a leading dash", "-\u0301ab"],
  ])("refuses %s", async (_label, name) => {
    await expectNameRefused(name);
  });

  it.each([
    ["a number", 42],
    ["true", true],
    ["null", null],
    ["an array", ["ab"]],
    ["an object", { value: "ab" }],
  ])("refuses a non-string name: %s", async (_label, name) => {
    await expectNameRefused(name);
  });
});
