// A device's name from its User-Agent, simply: the browser and the system, or null
// where neither is recognised. Order matters: in-app and Chromium-based browsers also
// say "Chrome" and "Safari", so the specific names are tried first.
const BROWSERS: [RegExp, string][] = [
  [/KAKAOTALK/i, 'KakaoTalk'],
  [/NAVER\(inapp/i, 'NAVER'],
  [/Whale\//, 'Whale'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Edg(A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/CriOS\/|Chrome\/|Chromium\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\/|Mobile\/\w+ Safari|AppleWebKit.*\(KHTML, like Gecko\) Mobile/, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPod/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Macintosh|Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

export interface DeviceName {
  browser: string | null;
  os: string | null;
}

const first = (ua: string, table: [RegExp, string][]) => table.find(([re]) => re.test(ua))?.[1] ?? null;

export function describeDevice(userAgent: string): DeviceName {
  return { browser: first(userAgent, BROWSERS), os: first(userAgent, SYSTEMS) };
}
