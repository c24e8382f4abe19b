// Pure text clean-up shared by the server renderer and browser previews (no Node imports).

/** Emoji and other characters outside the font are dropped rather than drawn as boxes. */
export function printable(text: string): string {
  return text.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u200d\ufe0f]/gu, '');
}
