// Draws the 数据 tab's icons (src/assets/tabbar/data.png, data-active.png): a pie chart with one slice pulled out,
// 81×81 RGBA like the other tab icons, grey #999999 and brand red #b71c1c, edges smoothed by 4×4 supersampling.
// Only Node's own zlib: `node scripts/draw-data-tab-icons.mjs`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 81;
const SAMPLES = 4;
const RADIUS = 24;
const CENTER = { x: 38, y: 43 };
/** The slice from 12 o'clock to 3 o'clock, moved out along its middle. */
const SLICE_OFFSET = { x: 5, y: -5 };

function inPie(x, y) {
  const isInCircle = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
  const isInSlice = (cx, cy) => x >= cx && y <= cy;
  const sliceX = CENTER.x + SLICE_OFFSET.x;
  const sliceY = CENTER.y + SLICE_OFFSET.y;
  if (isInCircle(sliceX, sliceY) && isInSlice(sliceX, sliceY)) return true;
  return isInCircle(CENTER.x, CENTER.y) && !isInSlice(CENTER.x, CENTER.y);
}

/** Coverage of each pixel as the icons' alpha steps: 0, then 16 × samples − 1 up to 255. */
function alphaMask() {
  const mask = new Uint8Array(SIZE * SIZE);
  for (let py = 0; py < SIZE; py++)
    for (let px = 0; px < SIZE; px++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++)
          if (inPie(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) covered++;
      mask[py * SIZE + px] = covered ? covered * 16 - 1 : 0;
    }
  return mask;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(mask, [red, green, blue]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1); // filter byte 0: none
    for (let x = 0; x < SIZE; x++) rows.set([red, green, blue, mask[y * SIZE + x]], row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/assets/tabbar');
const mask = alphaMask();
writeFileSync(path.join(folder, 'data.png'), png(mask, [0x99, 0x99, 0x99]));
writeFileSync(path.join(folder, 'data-active.png'), png(mask, [0xb7, 0x1c, 0x1c]));
console.log(`wrote data.png and data-active.png to ${folder}`);
