'use client';

import Link from 'next/link';
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { chatApi, chatKeys, useRoomDetail } from '@/lib/chat/queries';
import type { MessageDto, ReplyRefDto, RoomDetailDto } from '@/lib/chat/schemas';
import { replyRefOf } from '@/lib/chat/preview';
import { useMessageActions } from './message-actions';
import { useRoomMessages, type Page } from '@/lib/chat/use-room-messages';
import { useRoomRealtime } from '@/lib/chat/use-room-realtime';
import { isPublicTopic } from '@/lib/chat/topics';
import { Composer } from './composer';
import { dayKey, dayLabel } from './format';
import { SystemLine } from './message-bubble';
import { RoomBubble, type BubbleHandlers } from './room-bubble';
import { FolderOpen } from 'lucide-react';
import { Avatar } from '@/components/ui/avatar';
import type { DrawerItemDto } from '@/lib/chat/drawer-schemas';
import { PhotoViewerContext } from './photo-viewer-context';
import { useCoupleLive, useCoupleOverview } from '@/lib/couple/queries';
import { QUESTION_LINE } from '@/lib/couple/lines';
import type { UserBrief } from '@/lib/users/brief';
import { Search, Settings } from 'lucide-react';
// Loaded after the room (issue 12): panels opened by a tap, parts only some rooms show.
import { CakeLink, CallButton, JoinBar, PhotoViewer, QuestionCard, QuestionGate, ReportForm, RoomDrawer, RoomSearch, RoomSettings, SenderMenu, prefetchOnInteraction } from './room-panels';

export function RoomView({ roomId, me, initialSeq, initialPage, initialRoom }: { roomId: string; me: UserBrief; initialSeq?: number; initialPage?: Page; initialRoom?: RoomDetailDto }) {
  const t = useTranslations('chat');
  const td = useTranslations('rooms.drawer');
  const locale = useLocale();
  const qc = useQueryClient();
  const room = useRoomDetail(roomId, initialRoom);
  const tl = useRoomMessages(roomId, me, initialPage);
  const open = room.data?.kind === 'OPEN';
  const joined = room.data?.joined !== false;
  // A cake's room has no presence or typing (thousands of members, readers who have not joined).
  const { present, typingNames, notifyTyping } = useRoomRealtime(roomId, me.id, tl, room.data ? !isPublicTopic(room.data.kind, room.data.topic) : null);
  const [sender, setSender] = useState<UserBrief | null>(null);
  const [reporting, setReporting] = useState<MessageDto | null>(null);
  const [panel, setPanel] = useState<'none' | 'search' | 'settings' | 'drawer'>('none');
  const [viewer, setViewer] = useState<DrawerItemDto | null>(null);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [upload, setUpload] = useState<{ percent: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<ReplyRefDto | null>(null);
  const actions = useMessageActions({ roomId, meId: me.id, canAct: joined, dispatch: tl.dispatch, onReply: (m) => setReplyTo(replyRefOf(m)) });
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const lastReadSent = useRef(0);

  const lastSeq = tl.stored.at(-1)?.seq ?? 0;
  // A couple room: question cards in the timeline, and the gate while one waits for me.
  const coupleId = room.data?.circleKind === 'COUPLE' ? room.data.circleId : null;
  useCoupleLive(coupleId);
  const couple = useCoupleOverview(coupleId);
  const waiting = couple.data?.waitingQuestion ?? null;

  async function showSeq(seq: number) {
    const anchor = await tl.jump({ seq });
    if (anchor === null) return;
    stick.current = false;
    setHighlight(anchor);
  }

  // One set of handlers for the room's lifetime, reading its latest state: the memoised
  // bubbles (room-bubble.tsx) then re-render only when their own message changes.
  const latest = useRef({ actions, retry: tl.retry, showSeq });
  useLayoutEffect(() => {
    latest.current = { actions, retry: tl.retry, showSeq };
  });
  const bubbleHandlers = useMemo<BubbleHandlers>(() => ({
    menu: (m) => latest.current.actions.openMenu(m),
    react: (m, code) => latest.current.actions.react?.(m, code),
    jump: (seq) => void latest.current.showSeq(seq),
    retry: (m) => latest.current.retry(m),
    sender: (m) => setSender(m.sender),
    report: (m) => setReporting(m),
  }), []);

  // From the drawer or the photo viewer: both close, the timeline opens at the message.
  function jumpTo(seq: number) {
    setViewer(null);
    setPanel('none');
    void showSeq(seq);
  }

  // Opened at a message (a notification or the couple home's "answer" link).
  const opened = useRef(false);
  useEffect(() => {
    if (!initialSeq || opened.current || !tl.loaded) return;
    opened.current = true;
    void showSeq(initialSeq);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after the first page
  }, [initialSeq, tl.loaded]);

  // Read receipts: whatever is on screen while the tab is visible counts as read.
  useEffect(() => {
    const send = () => {
      // Someone reading a cake's room without having joined has no read position.
      if (!joined || document.visibilityState !== 'visible' || lastSeq <= lastReadSent.current || tl.hasMoreAfter) return;
      lastReadSent.current = lastSeq;
      qc.setQueryData<RoomDetailDto>(chatKeys.room(roomId), (old) =>
        old ? { ...old, members: old.members.map((m) => (m.id === me.id ? { ...m, lastReadSeq: Math.max(m.lastReadSeq, lastSeq) } : m)) } : old,
      );
      void chatApi.markRead(roomId, lastSeq).catch(() => { lastReadSent.current = 0; });
    };
    send();
    document.addEventListener('visibilitychange', send);
    return () => document.removeEventListener('visibilitychange', send);
  }, [roomId, lastSeq, tl.hasMoreAfter, qc, me.id, joined]);

  // Keep the newest message in view unless the person scrolled up to read history.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && stick.current && highlight === null) el.scrollTop = el.scrollHeight;
  }, [tl.timeline.length, highlight]);

  // Content that grows after it arrives (a question card filling in, the gate taking the
  // composer's place, an image loading) keeps the newest in view while the person is at the end.
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !list.current) return;
    const follow = new ResizeObserver(() => {
      if (stick.current && highlight === null) el.scrollTop = el.scrollHeight;
    });
    follow.observe(list.current);
    follow.observe(el);
    return () => follow.disconnect();
  }, [highlight]);

  useEffect(() => {
    if (highlight !== null) document.getElementById(`m-${highlight}`)?.scrollIntoView({ block: 'center' });
  }, [highlight, tl.stored]);

  const members = room.data?.members;
  // KakaoTalk's "1": members other than the sender who have not read this far yet.
  const unreadFor = useMemo(() => {
    const reads = (members ?? []).map((m) => ({ id: m.id, seq: m.lastReadSeq }));
    return (seq: number, senderId: string | undefined) => reads.filter((r) => r.id !== senderId && r.seq < seq).length;
  }, [members]);

  async function sendFile(file: File) {
    setNotice(null);
    setUpload({ percent: 0 });
    try {
      // The upload client loads when a file is picked, not with every room (issue 12).
      const { uploadRoomFile } = await import('@/lib/chat/upload-client');
      const { uploadId } = await uploadRoomFile(roomId, file, (percent) => setUpload({ percent }));
      const message = await chatApi.sendAttachment(roomId, uploadId, replyTo?.id);
      setReplyTo(null);
      tl.dispatch({ type: 'merge', messages: [message] });
    } catch (err) {
      setNotice((err as Error).message || t('failed'));
    } finally {
      setUpload(null);
    }
  }

  if (room.isError || tl.error !== null) {
    return <p role="alert" className="p-6 text-center text-neutral-700">{room.isError ? t('notFound') : t('loadError')}</p>;
  }

  // Messages I reported stay in the timeline (seqs stay dense for catch-up) but are not shown.
  const visible = tl.timeline.filter((m) => !m.hidden);
  const presentNames = (members ?? []).filter((m) => m.id !== me.id && present.includes(m.id)).map((m) => m.displayName);

  return (
    <section className="flex h-[calc(100dvh-4rem)] flex-col md:h-dvh" aria-label={room.data?.name ?? t('title')} {...prefetchOnInteraction}>
      <header className="flex items-center gap-2 border-b border-neutral-200 bg-white px-2 py-2">
        <Link href="/chat" className="flex min-h-11 min-w-11 items-center justify-center rounded-full text-xl md:hidden" aria-label={t('back')}>‹</Link>
        {room.data?.imageUrl && <Avatar url={room.data.imageUrl} name={room.data.name} size={36} />}
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-lg font-bold" data-testid="room-title">{room.data?.name ?? ''}</h1>
          <p className="truncate text-xs text-neutral-600" aria-live="polite" data-testid="presence">
            {room.data && t('members', { count: room.data.memberCount })}
            {presentNames.length > 0 && ` · ${t('presentNow', { names: presentNames.join(', ') })}`}
          </p>
        </div>
        {room.data?.kind === 'CIRCLE' && <CallButton roomId={roomId} me={me.id} />}
        {open && <CakeLink topic={room.data?.topic ?? null} />}
        <button type="button" className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-grape-50" aria-label={t('search')} aria-expanded={panel === 'search'} onClick={() => setPanel(panel === 'search' ? 'none' : 'search')}><Search aria-hidden className="size-5" /></button>
        {joined && (
          <button type="button" className="flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-grape-50" aria-label={td('open')} aria-expanded={panel === 'drawer'} onClick={() => setPanel('drawer')} data-testid="open-drawer">
            <FolderOpen aria-hidden className="text-neutral-700" />
          </button>
        )}
        {joined && <button type="button" className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-grape-50" aria-label={t('settings')} aria-expanded={panel === 'settings'} onClick={() => setPanel(panel === 'settings' ? 'none' : 'settings')}><Settings aria-hidden className="size-5" /></button>}
      </header>
      {panel === 'search' && (
        <RoomSearch
          roomId={roomId}
          onClose={() => setPanel('none')}
          onPick={async (target) => {
            const anchor = await tl.jump(target);
            if (anchor === null) return setNotice(t('noMessagesOnDate'));
            setNotice(null);
            stick.current = false;
            setHighlight(anchor);
          }}
        />
      )}
      {panel === 'settings' && room.data && <RoomSettings room={room.data} meId={me.id} onChanged={() => qc.invalidateQueries({ queryKey: chatKeys.all })} onOpenDrawer={() => setPanel('drawer')} />}
      {panel === 'drawer' && <RoomDrawer roomId={roomId} onClose={() => setPanel('none')} onJump={jumpTo} onOpenPhoto={setViewer} />}
      {viewer && <PhotoViewer key={viewer.messageId} roomId={roomId} start={viewer} onClose={() => setViewer(null)} onJump={jumpTo} />}
      {sender && <SenderMenu roomId={roomId} user={sender} onClose={() => setSender(null)} />}
      {reporting && (
        <div className="border-b border-neutral-200 bg-white p-3">
          <ReportForm
            target="MESSAGE"
            targetId={reporting.id}
            onCancel={() => setReporting(null)}
            onDone={() => { tl.dispatch({ type: 'merge', messages: [{ ...reporting, body: '', stickerId: null, attachment: null, hidden: true }] }); setReporting(null); }}
          />
        </div>
      )}

      <div
        ref={scroller}
        className="flex-1 overflow-y-auto bg-grape-50/40 px-3 py-3"
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
          if (el.scrollTop < 40 && tl.hasMoreBefore) {
            const before = el.scrollHeight;
            void tl.loadOlder().then(() => requestAnimationFrame(() => { el.scrollTop = el.scrollHeight - before; }));
          }
        }}
        data-testid="timeline"
      >
        {tl.hasMoreBefore && (
          <button type="button" className="mx-auto mb-2 block min-h-9 rounded-full bg-white px-4 text-sm shadow-sm" onClick={() => void tl.loadOlder()}>{t('loadOlder')}</button>
        )}
        {!tl.loaded && <p role="status" className="text-center text-sm text-neutral-500">…</p>}
        <PhotoViewerContext value={setViewer}>
        <ol ref={list} className="flex flex-col gap-2">
          {visible.map((m, i) => {
            const prev = visible[i - 1];
            const newDay = !prev || dayKey(prev.createdAt) !== dayKey(m.createdAt);
            const showSender = newDay || !prev || prev.sender?.id !== m.sender?.id || prev.kind === 'SYSTEM';
            return (
              <Fragment key={m.clientId ?? m.id}>
                {newDay && (
                  <li className="my-2 flex justify-center"><span className="rounded-full bg-white px-3 py-0.5 text-xs text-neutral-600 shadow-sm">{dayLabel(m.createdAt, locale)}</span></li>
                )}
                {m.kind === 'SYSTEM' && m.system?.key === QUESTION_LINE && m.system.args.circleId && m.system.args.questionId ? (
                  <QuestionCard circleId={m.system.args.circleId} questionId={m.system.args.questionId} meId={me.id} highlighted={highlight === m.seq} seq={m.seq} />
                ) : m.kind === 'SYSTEM' ? (
                  <SystemLine m={m} />
                ) : (
                  <RoomBubble
                    m={m}
                    mine={m.sender?.id === me.id}
                    showSender={showSender}
                    unreadCount={members ? unreadFor(m.seq, m.sender?.id) : 0}
                    highlighted={highlight === m.seq}
                    hasMenu={actions.hasMenu(m)}
                    canReact={!!actions.react && !m.local}
                    canOpenSender={!!(open && joined && m.sender && !m.sender.deleted && m.sender.id !== me.id)}
                    canReport={!!(open && m.sender?.id !== me.id && !m.local)}
                    handlers={bubbleHandlers}
                  />
                )}
              </Fragment>
            );
          })}
        </ol>
        </PhotoViewerContext>
        {tl.hasMoreAfter && (
          <button type="button" className="mx-auto mt-3 block min-h-10 rounded-full bg-grape-600 px-4 text-sm font-semibold text-white" onClick={() => { setHighlight(null); stick.current = true; void tl.loadLatest(); }}>
            {t('jumpLatest')}
          </button>
        )}
      </div>
      {typingNames.length > 0 && <p className="px-4 py-1 text-xs text-neutral-600" aria-live="polite" data-testid="typing">{t('typing', { names: typingNames.join(', ') })}</p>}
      {notice && <p role="alert" className="px-4 py-1 text-sm text-red-700">{notice}</p>}
      {!joined ? (
        <JoinBar topic={room.data?.topic ?? null} onJoined={() => void qc.invalidateQueries({ queryKey: chatKeys.all })} />
      ) : waiting && coupleId ? (
        <QuestionGate circleId={coupleId} q={waiting} onShow={() => waiting.cardSeq && void showSeq(waiting.cardSeq)} />
      ) : (
      <Composer
        onSend={(body) => { stick.current = true; setHighlight(null); tl.send({ kind: 'TEXT', body, replyTo: replyTo ?? undefined }); setReplyTo(null); }}
        onSticker={(stickerId) => { stick.current = true; tl.send({ kind: 'STICKER', stickerId, replyTo: replyTo ?? undefined }); setReplyTo(null); }}
        replyTo={replyTo}
        onCancelReply={() => setReplyTo(null)}
        onFile={sendFile}
        onTyping={notifyTyping}
        upload={upload}
      />
      )}
      {actions.dialogs}
    </section>
  );
}
