/**
 * Builds the two pages into dist/: taskpane.html (Excel: the pane and the ribbon commands, one shared runtime)
 * and preview.html (the same pane over an .xlsx in a plain browser), plus the manifest, the icons, the sample
 * workbooks and a copy of office.js, so that everything is served from one origin.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

// The one setting for deployment: where dist/ will be hosted. The manifest is written for localhost and
// rewritten here, so the dev server and production never differ in anything else.
const urlDev = "https://localhost:3000/";
const defaultUrlProd = "https://committee-check.example.invalid/";

function productionUrl() {
  const url = process.env.ADDIN_URL || defaultUrlProd;
  // Office loads add-ins over https only; a wrong URL here would only show up once the manifest is installed.
  if (!/^https:\/\/[^/]+/.test(url))
    throw new Error(`ADDIN_URL must be an https:// URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

function rewriteManifest(content, urlProd) {
  return content.toString().split(urlDev).join(urlProd);
}

async function httpsOptions() {
  // Only the dev server needs the certificate; requiring it lazily keeps builds free of its prompts.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const urlProd = dev ? urlDev : productionUrl();

  return {
    mode: dev ? "development" : "production",
    // Webpack's default dev devtool is eval-based, which the pages' CSP (no 'unsafe-eval') forbids.
    // No maps in production: they would double the minifier's work for files users never read.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run lint`'s job; the build only strips types.
              transpileOnly: true,
              // ES modules out, so that webpack can drop the unused parts of Fluent UI and its icons.
              compilerOptions: {
                module: "esnext",
                moduleResolution: "bundler",
                noEmit: false,
                sourceMap: dev,
              },
            },
          },
        },
      ],
      // exceljs's browser build (its package.json "browser" field) is a finished, self-contained bundle:
      // parsing it for imports finds nothing and costs seconds of every build.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    performance: {
      // The preview carries exceljs; the limits below are what we accept, measured by `npm run pane-size`.
      hints: dev ? false : "warning",
      maxEntrypointSize: 2_500_000,
      maxAssetSize: 2_500_000,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("assets/office-js/"),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content, urlProd),
          },
          { from: "assets/icons", to: "assets/icons" },
          { from: "assets/samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true },
          {
            // office.js picks the Excel host file and the locale strings it needs at run time from its own folder,
            // so the whole Excel part goes along; other Office hosts' files are left out (half the size).
            from: "node_modules/@microsoft/office-js/dist",
            to: "assets/office-js",
            info: { minimized: true },
            globOptions: {
              ignore: [
                "**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,visio,word,wordios}-*",
                "**/outlook_strings*",
                "**/*-vsdoc.js",
                "**/*.d.ts",
              ],
            },
          },
        ],
      }),
    ],
    devServer: {
      static: false,
      port: 3000, // the manifest's dev URLs
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : "https",
    },
  };
};
