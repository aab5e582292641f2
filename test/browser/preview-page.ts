import path from "path";
import type { AddressInfo } from "net";
import type { Server } from "http";
import { chromium, type Browser, type Page } from "playwright-core";

// The server is plain JavaScript shared with `npm run preview`.
const { startServer } = require("../../scripts/serve-preview.js") as {
  startServer(options: { root: string; port: number }): Promise<Server>;
};

export const DIST = path.resolve(__dirname, "../../dist");
export const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** One server and one Chromium for a test file; every page it opens records its requests and console errors. */
export class PreviewSession {
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];
  private server: Server | null = null;
  private browser: Browser | null = null;
  origin = "";

  async start(): Promise<void> {
    this.server = await startServer({ root: DIST, port: 0 });
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
    });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    );
  }

  /** The preview with the bundled sample loaded into the grid. */
  async open(
    query = "",
    colorScheme: "light" | "dark" = "light",
    viewport = { width: 1280, height: 860 }
  ): Promise<Page> {
    const page = await this.page(viewport, colorScheme);
    await page.goto(`${this.origin}/preview.html${query}`);
    await page.getByTestId("file-name").filter({ hasText: "tam-duong-2023.xlsx" }).waitFor();
    await page.getByRole("gridcell").first().waitFor();
    return page;
  }

  /** A new page, not yet navigated, recording requests and console errors (for tests that step in before loading). */
  async page(
    viewport = { width: 1280, height: 860 },
    colorScheme: "light" | "dark" = "light"
  ): Promise<Page> {
    const page = await this.browser!.newPage({ viewport, locale: "vi-VN", colorScheme });
    page.on("request", (request) => this.requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => this.consoleErrors.push(`${error.name}: ${error.message}`));
    return page;
  }
}

/** Clicks the pane's button and waits until the run is over (the button is enabled again). */
export async function validate(page: Page, name = "Kiểm tra"): Promise<void> {
  const button = page.locator("aside").getByRole("button", { name, exact: true });
  await button.click();
  await page.getByTestId("verdict").waitFor();
  await page.waitForFunction((label) => {
    const buttons = Array.from(document.querySelectorAll("aside button"));
    const target = buttons.find((b) => b.textContent?.trim() === label) as
      HTMLButtonElement | undefined;
    return target !== undefined && !target.disabled;
  }, name);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
