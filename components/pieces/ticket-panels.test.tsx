import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'use-intl';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { MESSAGES } from '@/lib/i18n/messages';
import { sampleTicket } from '@/lib/pieces/render/sample';
import { LookPicker } from './look-picker';
import { SharePanel } from './share-panel';

const render = (node: ReactNode, locale: 'ko' | 'en' = 'ko') =>
  renderToStaticMarkup(
    <IntlProvider locale={locale} messages={MESSAGES[locale]} timeZone="Asia/Seoul" onError={(e) => { throw e; }}>
      <QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>
    </IntlProvider>,
  );

describe('look picker and share panel', () => {
  it('shows the live preview and every layout and theme, the current ones chosen', () => {
    const html = render(<LookPicker pieceId="p1" data={sampleTicket} layout="stub" theme="night" onChange={() => {}} aiArt />);
    expect(html).toContain('티켓 꾸미기');
    expect(html).toContain('aria-label="티켓 미리보기"');
    // The preview is the ticket itself (its text is in the page), scaled.
    expect(html).toContain('레미제라블');
    expect(html).toMatch(/transform:scale\(0\.22/);
    expect(html.match(/type="radio"/g)).toHaveLength(10);
    expect(html).toMatch(/id="layout-p1-stub"[^>]*checked|checked[^>]*id="layout-p1-stub"/);
    expect(html).toMatch(/id="theme-p1-night"[^>]*checked|checked[^>]*id="theme-p1-night"/);
    for (const label of ['클래식', '영화표', '폴라로이드', '미니멀', '포도', '밤하늘', '체리', '민트', '노을', '모노', 'AI로 배경 그리기']) expect(html).toContain(label);
    expect(render(<LookPicker pieceId="p1" data={sampleTicket} layout="classic" theme="grape" onChange={() => {}} />)).not.toContain('AI로 배경 그리기');
  });

  it('shows the link with its actions, or the button to make one, in either language', () => {
    const images = { story: '/api/pieces/p1/ticket/a-story.png', og: '/api/pieces/p1/ticket/a-og.png' };
    const shared = render(<SharePanel pieceId="p1" title="레미제라블" initial={{ isPublic: true, link: { token: 't'.repeat(32), path: `/p/${'t'.repeat(32)}` }, images }} />);
    for (const text of ['공유하기', '공개 조각이에요', `/p/${'t'.repeat(32)}`, '링크 복사', '새 링크 만들기', '링크 끊기', '이미지 저장', '비공개로 바꾸기']) expect(shared).toContain(text);
    const none = render(<SharePanel pieceId="p1" title="Les Mis" initial={{ isPublic: false, link: null, images }} />, 'en');
    for (const text of ['Create a share link', 'This piece is private', 'Make public', 'Save image']) expect(none).toContain(text);
    expect(none).not.toContain('Copy link');
  });
});
