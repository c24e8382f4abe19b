// Draws Moa's sticker set as SVG files in public/stickers (run once; files are committed).
import fs from 'node:fs';

const face = (eyes, mouth, extra = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160">
<path d="M84 22c6-14 20-20 34-18-4 14-18 22-34 18z" fill="#8fd18b"/><path d="M80 20v18" stroke="#5b8a4f" stroke-width="6" stroke-linecap="round"/>
<circle cx="80" cy="90" r="56" fill="#8a5cc9"/><circle cx="62" cy="70" r="12" fill="#fff" opacity=".25"/>
${eyes}${mouth}${extra}</svg>`;
const eyesOpen = '<circle cx="62" cy="86" r="7" fill="#fff"/><circle cx="98" cy="86" r="7" fill="#fff"/><circle cx="63" cy="87" r="3.5" fill="#2d1b4e"/><circle cx="99" cy="87" r="3.5" fill="#2d1b4e"/>';
const eyesHappy = '<path d="M54 88q8-10 16 0M90 88q8-10 16 0" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round"/>';
const eyesClosed = '<path d="M54 86h16M90 86h16" stroke="#fff" stroke-width="5" stroke-linecap="round"/>';
const smile = '<path d="M62 106q18 16 36 0" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round"/>';
const open = '<ellipse cx="80" cy="110" rx="12" ry="9" fill="#2d1b4e"/>';
const flat = '<path d="M66 110h28" stroke="#fff" stroke-width="5" stroke-linecap="round"/>';
const sad = '<path d="M62 114q18-14 36 0" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round"/>';
const blush = '<ellipse cx="50" cy="102" rx="8" ry="5" fill="#f29bc1"/><ellipse cx="110" cy="102" rx="8" ry="5" fill="#f29bc1"/>';
const heart = (x, y, s = 1) => `<path transform="translate(${x} ${y}) scale(${s})" d="M0 6C0-2 10-4 12 4c2-8 12-6 12 2 0 8-12 14-12 18C12 20 0 14 0 6z" fill="#ff5a8a"/>`;
const tear = '<path d="M100 96q6 10 0 16q-6-6 0-16z" fill="#7fd0ff"/>';
const sweat = '<path d="M124 60q8 12 0 18q-8-6 0-18z" fill="#7fd0ff"/>';
const zz = '<text x="112" y="50" font-size="22" font-family="sans-serif" fill="#5f3695" font-weight="bold">Zz</text>';
const star = (x, y) => `<path transform="translate(${x} ${y})" d="M0-10L3-3 10-3 4 2 6 10 0 5-6 10-4 2-10-3-3-3z" fill="#ffd34d"/>`;
const thumbs = '<path d="M118 118h14v22h-14zM132 120l8-16c6 0 8 4 6 10l-2 6h10c4 0 6 4 4 8l-4 10c-1 3-3 4-6 4h-16z" fill="#ffd9a8" stroke="#c98a4b" stroke-width="2"/>';

const STICKERS = {
  'grape-hi': face(eyesOpen, smile, '<path d="M126 64l14-20" stroke="#ffd9a8" stroke-width="10" stroke-linecap="round"/>'),
  'grape-love': face(eyesHappy, smile, blush + heart(20, 30) + heart(120, 24, 0.8)),
  'grape-laugh': face(eyesHappy, open, blush),
  'grape-cry': face(eyesClosed, sad, tear),
  'grape-wow': face(eyesOpen, open, star(28, 40) + star(134, 40)),
  'grape-sleepy': face(eyesClosed, flat, zz),
  'grape-oops': face(eyesOpen, flat, sweat),
  'grape-ok': face(eyesHappy, smile, thumbs),
  'grape-angry': face('<path d="M54 80l16 6M106 80l-16 6" stroke="#fff" stroke-width="5" stroke-linecap="round"/>' + eyesOpen, sad, '<path d="M120 40l6 8 8-6" stroke="#ff5a5a" stroke-width="5" fill="none"/>'),
  'grape-thanks': face(eyesHappy, smile, blush + heart(68, 128, 1)),
  'grape-cheer': face(eyesHappy, open, star(24, 40) + star(136, 44) + star(30, 130)),
  'grape-shy': face(eyesClosed, smile, blush + blush),
};

for (const [id, svg] of Object.entries(STICKERS)) fs.writeFileSync(`public/stickers/${id}.svg`, svg);
fs.writeFileSync('lib/chat/sticker-ids.json', JSON.stringify(Object.keys(STICKERS), null, 2) + '\n');
console.log(`${Object.keys(STICKERS).length} stickers written`);
