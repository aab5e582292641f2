import { registerRibbonCommands } from "../../src/commands/commands";

type Action = (event: { completed(): void }) => Promise<void>;

/** A stand-in for the Office global: records what the add-in associates and what it asks of the pane. */
function fakeOffice(showAsTaskpane: () => Promise<void> = async () => undefined) {
  const actions = new Map<string, Action>();
  const calls: string[] = [];
  (globalThis as unknown as { Office: unknown }).Office = {
    actions: { associate: (id: string, action: Action) => actions.set(id, action) },
    addin: {
      showAsTaskpane: async () => {
        calls.push("showAsTaskpane");
        await showAsTaskpane();
      },
    },
  };
  return { actions, calls };
}

function event(calls: string[]) {
  return { completed: () => calls.push("completed") };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  for (const id of ["validate", "showPane"]) delete (globalThis as Record<string, unknown>)[id];
});

describe("registerRibbonCommands", () => {
  it("associates the two ids the manifest names", () => {
    const { actions } = fakeOffice();
    registerRibbonCommands({ validate: async () => undefined });
    expect([...actions.keys()].sort()).toEqual(["showPane", "validate"]);
  });

  it('"validate" opens the pane, validates, then releases the button', async () => {
    const { actions, calls } = fakeOffice();
    registerRibbonCommands({ validate: async () => void calls.push("validate") });

    await actions.get("validate")!(event(calls));

    expect(calls).toEqual(["showAsTaskpane", "validate", "completed"]);
  });

  it('"validate" releases the button even when validation fails', async () => {
    const { actions, calls } = fakeOffice();
    registerRibbonCommands({
      validate: async () => {
        throw new Error("Excel is busy");
      },
    });

    await actions.get("validate")!(event(calls));

    expect(calls).toEqual(["showAsTaskpane", "completed"]);
  });

  it('"validate" still validates when the pane cannot be shown', async () => {
    const { actions, calls } = fakeOffice(async () => {
      throw new Error("not supported");
    });
    registerRibbonCommands({ validate: async () => void calls.push("validate") });

    await actions.get("validate")!(event(calls));

    expect(calls).toEqual(["showAsTaskpane", "validate", "completed"]);
  });

  it('"showPane" opens the pane and releases the button', async () => {
    const { actions, calls } = fakeOffice();
    registerRibbonCommands({ validate: async () => void calls.push("validate") });

    await actions.get("showPane")!(event(calls));

    expect(calls).toEqual(["showAsTaskpane", "completed"]);
  });
});

describe("registerRibbonCommands without a shared runtime (Excel before SharedRuntime 1.1)", () => {
  it('"validate" validates in the function file, then shows the report sheet, without asking for the pane it cannot open', async () => {
    const { actions, calls } = fakeOffice(async () => {
      throw new Error("showAsTaskpane is not available");
    });
    registerRibbonCommands(
      {
        validate: async () => void calls.push("validate"),
        showResults: async () => void calls.push("showResults"),
      },
      { sharedRuntime: false }
    );

    await actions.get("validate")!(event(calls));

    expect(calls).toEqual(["validate", "validate", "showResults", "completed"]);
  });

  it("validates as the page opens, so the pane's own button opens the pane on the results", async () => {
    const { calls } = fakeOffice();
    registerRibbonCommands(
      { validate: async () => void calls.push("validate") },
      { sharedRuntime: false }
    );
    await Promise.resolve();

    expect(calls).toEqual(["validate"]);
  });

  it("does not validate on opening where the ribbon and the pane share a runtime (the button does)", async () => {
    const { calls } = fakeOffice();
    registerRibbonCommands({ validate: async () => void calls.push("validate") });
    await Promise.resolve();

    expect(calls).toEqual([]);
  });

  it("a failed validation on opening is the pane's to show, not an unhandled rejection", async () => {
    fakeOffice();
    const failed = jest.fn();
    process.once("unhandledRejection", failed);
    registerRibbonCommands(
      {
        validate: async () => {
          throw new Error("Excel is in cell-edit mode");
        },
      },
      { sharedRuntime: false }
    );
    await new Promise((resolve) => setImmediate(resolve));

    expect(failed).not.toHaveBeenCalled();
    process.removeListener("unhandledRejection", failed);
  });
});

describe("registerRibbonCommands on an Office that looks functions up by name", () => {
  it("sets each FunctionName as a global of the page, and still works without Office.actions", async () => {
    const calls: string[] = [];
    (globalThis as unknown as { Office: unknown }).Office = {};
    registerRibbonCommands({ validate: async () => void calls.push("validate") });

    const globals = globalThis as unknown as Record<string, Action | undefined>;
    expect(typeof globals.validate).toBe("function");
    expect(typeof globals.showPane).toBe("function");
    await globals.validate!(event(calls));

    expect(calls).toEqual(["validate", "completed"]);
  });
});
