import sharp from 'sharp';
const [sample, format, out] = process.argv.slice(2);
const layouts = ['classic', 'stub', 'polaroid', 'minimal'];
const themes = ['grape', 'night', 'cherry', 'mint', 'sunset', 'mono'];
const [w, h] = format === 'story' ? [270, 480] : [400, 210];
const composites = [];
for (const [r, layout] of layouts.entries()) for (const [c, theme] of themes.entries()) {
  const input = await sharp(`/tmp/moa-tickets/${sample}-${layout}-${theme}-${format}.png`).resize(w, h).toBuffer();
  composites.push({ input, left: c * w, top: r * h });
}
await sharp({ create: { width: w * 6, height: h * 4, channels: 3, background: '#fff' } }).composite(composites).png().toFile(out);
