/**
 * The preview's static server (scripts/serve-preview.js): it serves dist/ with the right content types,
 * only to this computer, and never a file outside the folder it was given.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";

const { startServer } = require("../../scripts/serve-preview") as {
  startServer: (options: { root: string; port: number }) => Promise<http.Server>;
};

interface Answer {
  readonly status: number;
  readonly type: string | undefined;
  readonly body: string;
}

/** A raw request: the path goes out exactly as written, with no client-side normalising of `..`. */
function request(port: number, rawPath: string, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: "127.0.0.1", port, path: rawPath, method },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            type: response.headers["content-type"],
            body: Buffer.concat(chunks).toString("utf8"),
          })
        );
      }
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("serve-preview", () => {
  let workspace: string;
  let server: http.Server;
  let port: number;
  const SECRET = "the secret next door";

  beforeAll(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), "serve-preview-"));
    const root = path.join(workspace, "dist");
    fs.mkdirSync(path.join(root, "samples"), { recursive: true });
    fs.mkdirSync(path.join(root, "assets", "icons"), { recursive: true });
    fs.writeFileSync(path.join(root, "preview.html"), "<!doctype html><title>preview</title>");
    fs.writeFileSync(path.join(root, "preview.1234abcd.js"), "console.log(1)");
    fs.writeFileSync(path.join(root, "style.css"), "body{}");
    fs.writeFileSync(path.join(root, "data.json"), "{}");
    fs.writeFileSync(path.join(root, "mark.svg"), "<svg/>");
    fs.writeFileSync(
      path.join(root, "assets", "icons", "icon-16.png"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47])
    );
    fs.writeFileSync(path.join(root, "samples", "tam-duong-2023.xlsx"), "PK");
    fs.writeFileSync(path.join(root, "samples", "Sổ số liệu.xlsx"), "PK");
    // Outside the root: beside it, and in a sibling whose name starts like the root's.
    fs.writeFileSync(path.join(workspace, "secret.txt"), SECRET);
    fs.mkdirSync(path.join(workspace, "dist-private"));
    fs.writeFileSync(path.join(workspace, "dist-private", "secret.txt"), SECRET);
    server = await startServer({ root, port: 0 });
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("listens on this computer only, on the free port it was asked to pick", () => {
    const address = server.address() as AddressInfo;
    expect(address.address).toBe("127.0.0.1");
    expect(address.port).toBeGreaterThan(0);
  });

  it.each([
    ["/preview.html", "text/html; charset=utf-8"],
    ["/preview.1234abcd.js", "text/javascript; charset=utf-8"],
    ["/style.css", "text/css; charset=utf-8"],
    ["/data.json", "application/json; charset=utf-8"],
    ["/mark.svg", "image/svg+xml"],
    ["/assets/icons/icon-16.png", "image/png"],
    [
      "/samples/tam-duong-2023.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
  ])("serves %s as %s", async (file, type) => {
    const answer = await request(port, file);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(type);
  });

  it("opens the preview at the bare address and ignores query strings", async () => {
    expect((await request(port, "/")).body).toContain("<title>preview</title>");
    expect((await request(port, "/preview.html?lang=en")).body).toContain("<title>preview</title>");
  });

  it("serves a file whose name has Vietnamese letters and spaces (percent-encoded)", async () => {
    const answer = await request(port, `/samples/${encodeURIComponent("Sổ số liệu.xlsx")}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("PK");
  });

  it("answers 404 for a missing file and for a folder", async () => {
    expect((await request(port, "/nothing.js")).status).toBe(404);
    expect((await request(port, "/samples")).status).toBe(404);
    expect((await request(port, "/samples/")).status).toBe(404);
  });

  it.each([
    "/../secret.txt",
    "/samples/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/../dist-private/secret.txt",
    "/%2e%2e/dist-private/secret.txt",
    `/${"../".repeat(12)}etc/passwd`,
    "/%00../secret.txt",
    "/%E0%A4%A",
  ])("never serves a file outside its folder: %s", async (rawPath) => {
    const answer = await request(port, rawPath);
    expect(answer.status).not.toBe(200);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.body).not.toContain("root:");
  });

  it("answers HEAD without a body and refuses to change anything", async () => {
    const head = await request(port, "/preview.html", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await request(port, "/preview.html", "POST")).status).toBe(405);
    expect((await request(port, "/preview.html", "PUT")).status).toBe(405);
  });
});
