/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { act, screen, within } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot, snapshotWithShortfall } from "./committee-snapshot";

/** Validates `snapshot` in the pane and returns the bars of the village-head rate. */
async function barsOf(snapshot = snapshotWithShortfall(), lang: "vi" | "en" = "vi") {
  const host = new FakeHost(snapshot);
  const { user, container } = renderPane(host, { lang });
  await user.click(screen.getByRole("button", { name: lang === "vi" ? "Kiểm tra" : "Validate" }));
  const figure = (
    await screen.findByRole("group", {
      name: lang === "vi" ? /Tỷ lệ trưởng thôn/ : /Village-head/i,
    })
  ).closest("figure") as HTMLElement;
  return { host, user, figure, container };
}

const barsIn = (figure: HTMLElement) => within(figure).getAllByRole("button");

describe("the bars under the indicators", () => {
  it("draws a bar per unit, lowest first, units below the goal in the error colour with the number still needed", async () => {
    const { figure } = await barsOf();
    const bars = barsIn(figure);
    // X01: 8 of 10 (80 %) needs 2 more to pass > 90 %; X02: 9 of 10 (exactly 90 %) needs 1.
    expect(bars.map((bar) => bar.dataset.scope)).toEqual(["X01", "X02"]);
    expect(bars.map((bar) => bar.dataset.below)).toEqual(["true", "true"]);
    expect(bars[0]).toHaveAccessibleName(
      "Xã Kim Long: 80,00 %, dưới mục tiêu, còn thiếu 2. Đến dòng của đơn vị."
    );
    expect(within(bars[0]).getByText("+2")).toBeInTheDocument();
    expect(within(bars[1]).getByText("+1")).toBeInTheDocument();
    // The goal line, labelled with the goal.
    expect(figure.querySelector("line")).not.toBeNull();
    expect(figure).toHaveTextContent("> 90 %");
  });

  it("gives screen readers a summary and the whole chart a name", async () => {
    const { figure } = await barsOf();
    const svg = within(figure).getByRole("group");
    expect(svg).toHaveAccessibleDescription(/2 trên 2 đơn vị dưới mục tiêu > 90 %/);
  });

  it("draws met units in the normal colour, without a number needed", async () => {
    const { figure } = await barsOf(
      committeeSnapshot({
        villageHeads: [
          { code: "X01", groups: 10, start: 8, now: 10 },
          { code: "X02", groups: 12, start: 10, now: 9 },
        ],
      })
    );
    const bars = barsIn(figure);
    expect(bars.map((bar) => [bar.dataset.scope, bar.dataset.below])).toEqual([
      ["X02", "true"],
      ["X01", "false"],
    ]);
    expect(within(bars[1]).queryByText(/^\+/)).toBeNull();
    expect(within(bars[1]).getByText("100,00 %")).toBeInTheDocument();
  });

  it("goes to the unit’s row on a click, on Enter and on Space", async () => {
    const { host, user, figure } = await barsOf();
    const [x01, x02] = barsIn(figure);
    await user.click(x01);
    expect(host.callsNamed("goTo")).toEqual([{ name: "goTo", sheet: "Village heads", cell: "A2" }]);
    act(() => x02.focus());
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(host.callsNamed("goTo").slice(1)).toEqual([
      { name: "goTo", sheet: "Village heads", cell: "A3" },
      { name: "goTo", sheet: "Village heads", cell: "A3" },
    ]);
  });

  it("is one tab stop per chart; the arrow keys move between bars", async () => {
    const { host, user, figure } = await barsOf();
    const [x01, x02] = barsIn(figure);
    expect([x01.tabIndex, x02.tabIndex]).toEqual([0, -1]);
    act(() => x01.focus());
    await user.keyboard("{ArrowDown}");
    expect(x02).toHaveFocus();
    expect([x01.tabIndex, x02.tabIndex]).toEqual([-1, 0]);
    await user.keyboard("{Enter}");
    expect(host.callsNamed("goTo")).toEqual([{ name: "goTo", sheet: "Village heads", cell: "A3" }]);
    await user.keyboard("{Home}");
    expect(x01).toHaveFocus();
  });

  it("draws admission attainment too, in English", async () => {
    const host = new FakeHost(snapshotWithShortfall());
    const { user } = renderPane(host, { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Validate" }));
    const figures = await screen.findAllByRole("figure");
    expect(figures.map((figure) => figure.dataset.bars)).toEqual([
      "village-head-rate",
      "admission-attainment",
    ]);
    const attainment = barsIn(figures[1]);
    expect(attainment).toHaveLength(4);
    expect(attainment.every((bar) => bar.dataset.below === "false")).toBe(true);
    expect(attainment[0]).toHaveAccessibleName(/Go to the unit's row/);
  });
});
