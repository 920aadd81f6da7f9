import { describe, expect, it } from "vitest";
import { buildSignInRequest, MAX_ROWS, type SignInOptions } from "./sign-in-request";

const options = (over: Partial<SignInOptions> = {}): SignInOptions => ({
  meetingTitle: "",
  lang: "en+es",
  paper: "a4",
  rows: null,
  ...over,
});

describe("buildSignInRequest", () => {
  it("sends empty optional fields as null", () => {
    expect(buildSignInRequest(options())).toEqual({
      request: { lang: "en+es", paper: "a4", rows: null, meeting_title: null },
    });
    expect(buildSignInRequest(options({ meetingTitle: "   ", rows: undefined }))).toEqual({
      request: { lang: "en+es", paper: "a4", rows: null, meeting_title: null },
    });
  });

  it("trims the meeting title and keeps the row count", () => {
    const built = buildSignInRequest(options({ meetingTitle: " General meeting, March 3 ", rows: 40 }));
    expect(built).toEqual({
      request: { lang: "en+es", paper: "a4", rows: 40, meeting_title: "General meeting, March 3" },
    });
  });

  it("refuses row counts that are not whole, positive or sane", () => {
    for (const rows of [0, -3, 2.5, Number.NaN, MAX_ROWS + 1]) {
      expect(buildSignInRequest(options({ rows }))).toHaveProperty("rowsError");
    }
    expect(buildSignInRequest(options({ rows: MAX_ROWS }))).toHaveProperty("request");
  });
});
