#!/usr/bin/env node
/**
 * Draws the add-in's icon (a white check mark on a rounded blue tile) at the
 * sizes the manifest asks for, as PNG files in assets/icons.
 * Node only (zlib), so the icons can be redrawn on any machine: `node scripts/make-icons.js`.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const OUT_DIR = path.join(__dirname, "..", "assets", "icons");

const TILE = [15, 108, 189]; // Fluent brand blue: reads as "Office", not as a verdict colour.
const MARK = [255, 255, 255];
// Coordinates on a unit square, so every size is the same drawing.
const TILE_RADIUS = 0.18;
const CHECK = [
  [0.25, 0.53],
  [0.43, 0.7],
  [0.76, 0.33],
];
const STROKE = 0.115;
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the edges at 16 px.

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideTile(x, y) {
  const r = TILE_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && Math.hypot(x - cx, y - cy) <= r;
}

function onCheck(x, y) {
  return (
    distanceToSegment(x, y, CHECK[0], CHECK[1]) <= STROKE / 2 ||
    distanceToSegment(x, y, CHECK[1], CHECK[2]) <= STROKE / 2
  );
}

/** RGBA pixels, non-premultiplied, row by row. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideTile(x, y)) continue;
          tile++;
          if (onCheck(x, y)) mark++;
        }
      }
      const at = (py * size + px) * 4;
      if (tile === 0) continue;
      const markShare = mark / tile;
      for (let channel = 0; channel < 3; channel++) {
        pixels[at + channel] = Math.round(
          TILE[channel] * (1 - markShare) + MARK[channel] * markShare
        );
      }
      pixels[at + 3] = Math.round((255 * tile) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typeAndBody = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndBody));
  return Buffer.concat([length, typeAndBody, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // bytes 10-12: deflate, adaptive filtering, no interlace (all zero)
  const rowBytes = size * 4;
  const scanlines = Buffer.alloc(size * (rowBytes + 1));
  for (let y = 0; y < size; y++) {
    scanlines[y * (rowBytes + 1)] = 0; // filter: none
    rgba.copy(scanlines, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(scanlines, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(path.relative(process.cwd(), file));
  }
}

if (require.main === module) main();

module.exports = { drawIcon, encodePng, SIZES };
