/**
 * The manifest, checked offline: what Office would refuse or show wrongly (a dangling resid, a duplicate id,
 * an http URL, a string over its limit, a missing Vietnamese string, an icon of the wrong size), and the
 * production build's rewrite of every dev URL. `npm run validate` adds Microsoft's online check.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { EXCEL_API_REQUIREMENT_SET } from "../../src/excel/requirements";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const manifestXml = fs.readFileSync(MANIFEST_PATH, "utf8");
const DEV_URL = "https://localhost:3000/";

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlElement[];
  readonly ancestors: readonly string[];
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

/** Every element in document order, with its ancestors' names, from fast-xml-parser's order-preserving output. */
function parseElements(xml: string): XmlElement[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const all: XmlElement[] = [];
  const build = (nodes: OrderedNode[], ancestors: string[]): XmlElement[] =>
    nodes.flatMap((node) => {
      const name = Object.keys(node).find((key) => key !== ":@");
      if (name === undefined || name === "#text" || name === "#comment" || name.startsWith("?"))
        return [];
      const childNodes = node[name] as OrderedNode[];
      const children: XmlElement[] = [];
      const text = childNodes
        .filter((child) => "#text" in child)
        .map((child) => String(child["#text"]))
        .join("");
      const element: XmlElement = { name, attrs: node[":@"] ?? {}, text, children, ancestors };
      all.push(element); // before its children: document order
      children.push(...build(childNodes, [...ancestors, name]));
      return [element];
    });
  build(parser.parse(xml) as OrderedNode[], []);
  return all;
}

const elements = parseElements(manifestXml);
const named = (name: string) => elements.filter((element) => element.name === name);
const only = (name: string) => {
  const found = named(name);
  expect(found).toHaveLength(1);
  return found[0];
};
/** An element of the base manifest (a direct child of OfficeApp), as opposed to its namesakes in VersionOverrides. */
const base = (name: string) => {
  const found = named(name).filter(
    (element) => element.ancestors.length === 1 && element.ancestors[0] === "OfficeApp"
  );
  expect(found).toHaveLength(1);
  return found[0];
};
const child = (element: XmlElement, name: string) =>
  element.children.find((candidate) => candidate.name === name);
const inside = (element: XmlElement, ancestor: string) => element.ancestors.includes(ancestor);

/** Resources by kind: what a resid may point at. */
const resources = {
  image: named("bt:Image").filter((element) => inside(element, "bt:Images")),
  url: named("bt:Url"),
  short: named("bt:String").filter((element) => inside(element, "bt:ShortStrings")),
  long: named("bt:String").filter((element) => inside(element, "bt:LongStrings")),
};
type ResourceKind = keyof typeof resources;
const resourceById = new Map(
  (Object.keys(resources) as ResourceKind[]).flatMap((kind) =>
    resources[kind].map((element) => [element.attrs.id, { kind, element }] as const)
  )
);

/** The kind of resource each referencing element needs (a Label is a short string, a Description a long one...). */
function expectedKind(element: XmlElement): ResourceKind {
  switch (element.name) {
    case "Label":
    case "Title":
      return "short";
    case "Description":
      return "long";
    case "bt:Image":
      return "image";
    case "Runtime":
    case "FunctionFile":
    case "SourceLocation":
    case "LearnMoreUrl":
      return "url";
    default:
      throw new Error(`No rule for a resid on <${element.name}>: add one to this test`);
  }
}

const references = elements.filter((element) => element.attrs.resid !== undefined);
const codePoints = (text: string) => [...text.normalize("NFC")].length;

/** A string with its vi-VN override (and any other overrides), as Office would pick them. */
function localisedValues(element: XmlElement, overrideName: string) {
  const overrides = element.children.filter((candidate) => candidate.name === overrideName);
  return {
    defaultValue: element.attrs.DefaultValue,
    overrides,
    vi: overrides.find((override) => override.attrs.Locale === "vi-VN")?.attrs.Value,
  };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ).toBe(true);
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const URL_VALUED = [
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "bt:Url",
  "bt:Image",
];

/** Every URL the manifest gives Office, wherever it sits, in document order (locale overrides included). */
function manifestUrls(xml: string): string[] {
  return parseElements(xml).flatMap((element) => {
    if (element.name === "AppDomain") return [element.text];
    if (!URL_VALUED.includes(element.name) || element.attrs.DefaultValue === undefined) return [];
    const overrides = element.children.filter(
      (candidate) => candidate.name === "Override" || candidate.name === "bt:Override"
    );
    return [element.attrs.DefaultValue, ...overrides.map((override) => override.attrs.Value)];
  });
}

describe("manifest.xml", () => {
  it("is well-formed XML for an Excel task-pane add-in that may read and write the workbook", () => {
    expect(XMLValidator.validate(manifestXml)).toBe(true);
    const app = only("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(
      named("Host")
        .filter((host) => !inside(host, "VersionOverrides"))
        .map((host) => host.attrs.Name)
    ).toEqual(["Workbook"]);
    expect(
      named("Host")
        .filter((host) => inside(host, "VersionOverrides"))
        .map((host) => host.attrs["xsi:type"])
    ).toEqual(["Workbook"]);
    expect(only("Permissions").text).toBe("ReadWriteDocument");
    expect(only("Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
  });

  it("asks for ExcelApi 1.1 only (Excel 2016), and declares the shared runtime without requiring it", () => {
    const { name, version } = EXCEL_API_REQUIREMENT_SET;
    expect([name, version]).toEqual(["ExcelApi", "1.1"]);
    const baseSets = named("Set").filter((set) => !inside(set, "VersionOverrides"));
    expect(baseSets.map((set) => [set.attrs.Name, set.attrs.MinVersion])).toEqual([
      [name, version],
    ]);
    // Requiring SharedRuntime (or a newer ExcelApi) in VersionOverrides would hide the whole ribbon on Excel 2016:
    // the Runtimes element asks for the shared runtime where there is one, and the code checks at run time.
    expect(named("bt:Set").filter((set) => inside(set, "VersionOverrides"))).toEqual([]);
    expect(named("Requirements").filter((element) => inside(element, "VersionOverrides"))).toEqual(
      []
    );
    expect(only("Runtime").attrs.lifetime).toBe("long");
  });

  it("runs the ribbon and the pane in one long-lived runtime: the same page for the runtime, the functions and the pane", () => {
    const runtime = only("Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    expect(only("FunctionFile").attrs.resid).toBe(runtime.attrs.resid);
    const paneLocations = named("SourceLocation").filter((element) => inside(element, "Action"));
    expect(paneLocations.length).toBeGreaterThan(0);
    for (const location of paneLocations) expect(location.attrs.resid).toBe(runtime.attrs.resid);
    // Where the ribbon is not supported the pane opens from My Add-ins at the base SourceLocation: the same page.
    const runtimeUrl = resourceById.get(runtime.attrs.resid)?.element.attrs.DefaultValue;
    expect(runtimeUrl).toBe(child(base("DefaultSettings"), "SourceLocation")?.attrs.DefaultValue);
  });

  it("puts a Validate button (runs `validate`) and a button that opens the pane on the ribbon", () => {
    const controls = named("Control");
    expect(controls).toHaveLength(2);
    const actionOf = (control: XmlElement) => child(control, "Action")!;
    const validate = controls.find(
      (control) => actionOf(control).attrs["xsi:type"] === "ExecuteFunction"
    )!;
    expect(child(actionOf(validate), "FunctionName")?.text).toBe("validate");
    expect(
      resourceById.get(child(validate, "Label")!.attrs.resid)?.element.attrs.DefaultValue
    ).toBe("Validate");
    const showPane = controls.find(
      (control) => actionOf(control).attrs["xsi:type"] === "ShowTaskpane"
    )!;
    expect(child(actionOf(showPane), "TaskpaneId")?.text).toBeTruthy();
    expect(
      resourceById.get(child(showPane, "Label")!.attrs.resid)?.element.attrs.DefaultValue
    ).toBe("Committee Check");
    for (const control of controls)
      expect(control.ancestors).toEqual(
        expect.arrayContaining(["ExtensionPoint", "OfficeTab", "Group"])
      );
  });

  it("resolves every resid to a defined resource of the kind its element needs, within 32 characters", () => {
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      const resid = reference.attrs.resid;
      expect({ resid, length: resid.length <= 32 }).toEqual({ resid, length: true });
      expect({ resid, on: reference.name, kind: resourceById.get(resid)?.kind }).toEqual({
        resid,
        on: reference.name,
        kind: expectedKind(reference),
      });
    }
  });

  it("uses every resource it defines", () => {
    const used = new Set(references.map((reference) => reference.attrs.resid));
    expect([...resourceById.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("gives every resource, control and group an id of its own", () => {
    const ids = [...resourceById.keys()];
    const resourceCount = Object.values(resources).reduce((count, list) => count + list.length, 0);
    expect(ids).toHaveLength(resourceCount);
    const uiIds = [...named("Control"), ...named("Group")].map((element) => element.attrs.id);
    expect(new Set(uiIds).size).toBe(uiIds.length);
    expect(uiIds.filter((id) => resourceById.has(id))).toEqual([]);
  });

  it("uses https for every URL", () => {
    const urls = manifestUrls(manifestXml);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/\s]+\//);
  });

  it("keeps the name, the description and every string within Office limits, in English and Vietnamese", () => {
    const limited: Array<[XmlElement, string, number]> = [
      [base("DisplayName"), "Override", 125],
      [base("Description"), "Override", 250],
      ...resources.short.map((element): [XmlElement, string, number] => [
        element,
        "bt:Override",
        125,
      ]),
      ...resources.long.map((element): [XmlElement, string, number] => [
        element,
        "bt:Override",
        250,
      ]),
    ];
    for (const [element, overrideName, limit] of limited) {
      const { defaultValue, overrides } = localisedValues(element, overrideName);
      for (const value of [defaultValue, ...overrides.map((override) => override.attrs.Value)]) {
        const id = element.attrs.id ?? element.name;
        expect({ id, value, fits: value.trim().length > 0 && codePoints(value) <= limit }).toEqual({
          id,
          value,
          fits: true,
        });
      }
    }
  });

  it("has a Vietnamese (vi-VN) text, stored as NFC, for the name, the description and every ribbon string", () => {
    const localised: Array<[XmlElement, string]> = [
      [base("DisplayName"), "Override"],
      [base("Description"), "Override"],
      ...[...resources.short, ...resources.long].map((element): [XmlElement, string] => [
        element,
        "bt:Override",
      ]),
    ];
    for (const [element, overrideName] of localised) {
      const { defaultValue, vi } = localisedValues(element, overrideName);
      const id = element.attrs.id ?? element.name;
      expect({
        id,
        hasVietnamese: typeof vi === "string" && vi.trim() !== "" && vi !== defaultValue,
      }).toEqual({ id, hasVietnamese: true });
      expect(vi).toBe(vi!.normalize("NFC"));
    }
    expect(localisedValues(base("DisplayName"), "Override").vi).toBe("Kiểm tra hồ sơ");
  });

  it("points every icon at a PNG in assets/ of exactly the size it is declared at", () => {
    const wanted = new Map<string, Set<number>>(); // URL -> sizes it is used at
    const want = (url: string, size: number) =>
      wanted.set(url, (wanted.get(url) ?? new Set()).add(size));
    want(only("IconUrl").attrs.DefaultValue, 32);
    want(only("HighResolutionIconUrl").attrs.DefaultValue, 64);
    for (const image of named("bt:Image").filter((element) => element.attrs.resid !== undefined)) {
      want(
        resourceById.get(image.attrs.resid)!.element.attrs.DefaultValue,
        Number(image.attrs.size)
      );
    }
    expect(
      [...new Set([...wanted.values()].flatMap((sizes) => [...sizes]))].sort((a, b) => a - b)
    ).toEqual([16, 32, 64, 80]);
    for (const [url, sizes] of wanted) {
      expect({ url, sizes: sizes.size }).toEqual({ url, sizes: 1 });
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
      const [size] = [...sizes];
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("serves everything from the dev server in development", () => {
    const urls = manifestUrls(manifestXml).filter(
      (url) => !url.startsWith("https://go.microsoft.com/")
    );
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });
});

describe("the production build of the manifest", () => {
  // The webpack config is the one place that knows how dist/manifest.xml is made; ask it, as `npm run build` does.
  const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object
  ) => Promise<{ plugins: object[] }>;
  const savedUrl = process.env.ADDIN_URL;
  afterEach(() => {
    if (savedUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = savedUrl;
  });

  async function builtManifest(mode: "production" | "development"): Promise<string> {
    const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode });
    const copy = config.plugins.find((plugin) => plugin.constructor.name === "CopyPlugin") as {
      patterns: Array<{
        from: string;
        transform?: (content: Buffer, file: string) => string | Buffer;
      }>;
    };
    const pattern = copy.patterns.find((candidate) => candidate.from === "manifest.xml");
    expect(pattern?.transform).toBeDefined();
    return String(pattern!.transform!(Buffer.from(manifestXml), MANIFEST_PATH));
  }

  it("rewrites every localhost URL to ADDIN_URL and leaves the rest of the manifest as it was", async () => {
    process.env.ADDIN_URL = "https://intranet.tinhuy.example.vn/committee-check/";
    const built = await builtManifest("production");
    expect(built).not.toMatch(/https?:\/\/localhost/i);
    const before = manifestUrls(manifestXml);
    const after = manifestUrls(built);
    expect(after).toEqual(
      before.map((url) =>
        url.replace(DEV_URL, "https://intranet.tinhuy.example.vn/committee-check/")
      )
    );
    expect(built.split("https://intranet.tinhuy.example.vn/committee-check/").join(DEV_URL)).toBe(
      manifestXml
    );
    expect(XMLValidator.validate(built)).toBe(true);
  });

  it("adds the missing slash to ADDIN_URL, so that no URL runs into its path", async () => {
    process.env.ADDIN_URL = "https://addins.example.vn/cc";
    for (const url of manifestUrls(await builtManifest("production")))
      expect(url.startsWith("https://addins.example.vn/cc/")).toBe(true);
  });

  it("refuses an ADDIN_URL that is not https, which Office would not load", async () => {
    process.env.ADDIN_URL = "http://addins.example.vn/";
    await expect(builtManifest("production")).rejects.toThrow(/https/);
  });

  it("keeps the dev URLs in a development build", async () => {
    delete process.env.ADDIN_URL;
    expect(await builtManifest("development")).toBe(manifestXml);
  });
});
