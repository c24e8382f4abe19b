// Renders the app icons from one SVG (run once; the PNGs are committed).
import sharp from 'sharp';
import fs from 'node:fs';

const svg = (pad) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${pad ? 0 : 112}" fill="#7444b4"/>
  <g transform="translate(256 270) scale(${pad ? 0.72 : 0.9}) translate(-256 -270)">
    <path d="M262 96c10-34 40-52 74-50-6 32-34 54-74 50z" fill="#8fd18b"/>
    <path d="M256 92v40" stroke="#5b8a4f" stroke-width="14" stroke-linecap="round"/>
    ${[[196,170],[256,170],[316,170],[166,226],[226,226],[286,226],[346,226],[196,282],[256,282],[316,282],[226,338],[286,338],[256,394]]
      .map(([x,y]) => `<circle cx="${x}" cy="${y}" r="34" fill="#e9dcfb"/><circle cx="${x-10}" cy="${y-10}" r="9" fill="#fff" opacity=".8"/>`).join('')}
  </g>
</svg>`;

fs.writeFileSync('public/icons/icon.svg', svg(false));
for (const [name, size, pad] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]]) {
  await sharp(Buffer.from(svg(pad))).resize(size, size).png().toFile(`public/icons/${name}`);
}
console.log('icons written');
