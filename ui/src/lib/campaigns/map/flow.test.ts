import { describe, expect, it } from "vitest";
import { flowNode, miniMapColour } from "./flow";
import { nodeLook } from "./look";
import { node } from "./test-map";

describe("the overview map's colours", () => {
  it("are the nodes' own fills, and a grey that shows for one not yet placed", () => {
    const placed = flowNode(node("n-1", { alignment: 2, judged: true }), 0);
    expect(miniMapColour(placed)).toBe(nodeLook(2, true).fill);
    const waiting = flowNode(node("n-2", { judged: false }), 0);
    expect(miniMapColour(waiting)).not.toBe("#ffffff");
    expect(miniMapColour(waiting)).not.toBe(nodeLook(0, false).fill);
  });
});
