// `npm run icons`: every size of the app icon that Electron and the installers need, made from
// the one drawn source, resources/icon.svg. The results are committed, so packaging needs no
// image tool; run this again after changing the SVG.
//   resources/icons/<n>x<n>.png  16–1024 px (Linux installers take this folder)
//   resources/icon.png           512 px, the window icon (src/main/index.ts)
//   resources/icon.icns          macOS; resources/icon.ico  Windows (16–256 px inside)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const dir = resolve(import.meta.dirname, '../resources');
const svg = readFileSync(join(dir, 'icon.svg'));
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function render(size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

mkdirSync(join(dir, 'icons'), { recursive: true });
const pngs = new Map(SIZES.map((size) => [size, render(size)]));
for (const [size, png] of pngs) writeFileSync(join(dir, 'icons', `${size}x${size}.png`), png);
writeFileSync(join(dir, 'icon.png'), pngs.get(512));

// Both containers are scaled down from the 1024 px render; 0 colours = lossless.
const icns = png2icons.createICNS(pngs.get(1024), png2icons.BICUBIC, 0);
const ico = png2icons.createICO(pngs.get(1024), png2icons.BICUBIC, 0, false, true);
if (!icns || !ico) throw new Error('png2icons could not make the .icns / .ico from the 1024 px PNG');
writeFileSync(join(dir, 'icon.icns'), icns);
writeFileSync(join(dir, 'icon.ico'), ico);
console.log(`Wrote ${SIZES.length} PNGs, icon.png, icon.icns and icon.ico to ${dir}`);
