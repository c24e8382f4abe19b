import { describe, expect, it } from 'vitest';
import { mergeMissionChange, noteStillTrue, runningMissions, type Viewer } from './merge';
import type { MissionDto, MissionListDto, MissionRunDto } from './schemas';

const parent: Viewer = { role: 'PARENT', userId: 'parent' };
const child: Viewer = { role: 'CHILD', userId: 'kid' };

const mission = (over: Partial<MissionDto> = {}): MissionDto => ({
  id: 'm1', circleId: 'c1', childId: 'kid', title: '이불 개기', description: '', reward: 1, startsOn: '2026-03-02', dueOn: null,
  repeat: 'NONE', weekdays: [], scheduled: false, finished: false, locked: false, deleted: false, nextOn: '2026-03-02',
  createdAt: '2026-03-02T00:00:00.000Z', ...over,
});
const run = (over: Partial<MissionRunDto> = {}): MissionRunDto => ({
  id: 'r1', missionId: 'm1', day: '2026-03-02', status: 'TODO', photo: null, rejectReason: null, submittedAt: null, decidedAt: null,
  grapesGiven: null, mission: mission(), ...over,
});
const empty: MissionListDto = { today: '2026-03-02', todo: [], awaiting: [], done: [], scheduled: [], active: [] };

describe('mergeMissionChange', () => {
  it('a new mission and its run for today appear in the right lists', () => {
    const next = mergeMissionChange(empty, { mission: mission(), run: run() }, parent)!;
    expect(next.todo.map((r) => r.id)).toEqual(['r1']);
    expect(next.active.map((m) => m.id)).toEqual(['m1']);
  });

  it('a run moves from today to awaiting to done, once each', () => {
    let list = mergeMissionChange(empty, { mission: mission(), run: run() }, child)!;
    list = mergeMissionChange(list, { mission: mission(), run: run({ status: 'SUBMITTED', submittedAt: '2026-03-02T01:00:00.000Z' }) }, child)!;
    expect([list.todo.length, list.awaiting.length]).toEqual([0, 1]);
    const approved = run({ status: 'APPROVED', grapesGiven: 1, mission: mission({ locked: true, finished: true }) });
    list = mergeMissionChange(list, { mission: approved.mission, run: approved }, child)!;
    list = mergeMissionChange(list, { mission: approved.mission, run: approved }, child)!;
    expect([list.todo.length, list.awaiting.length, list.done.length]).toEqual([0, 0, 1]);
  });

  it('a rejected run goes back to the child with its reason', () => {
    const list = mergeMissionChange(empty, { mission: mission(), run: run({ status: 'REJECTED', rejectReason: '다시 해 보자' }) }, child)!;
    expect(list.todo[0].rejectReason).toBe('다시 해 보자');
  });

  it('a scheduled mission without content asks for a refetch; with content it is listed for parents only', () => {
    expect(mergeMissionChange(empty, { mission: null, run: null }, child)).toBeNull();
    expect(mergeMissionChange(empty, { mission: mission({ scheduled: true }), run: null }, parent)!.scheduled).toHaveLength(1);
    expect(mergeMissionChange(empty, { mission: mission({ scheduled: true }), run: null }, child)!.scheduled).toHaveLength(0);
  });

  it('deleting removes open runs but keeps approved history; other children are ignored on a child screen', () => {
    let list = mergeMissionChange(empty, { mission: mission({ repeat: 'DAILY' }), run: run() }, parent)!;
    list = { ...list, done: [run({ id: 'old', day: '2026-03-01', status: 'APPROVED', grapesGiven: 1 })] };
    list = mergeMissionChange(list, { mission: mission({ repeat: 'DAILY', deleted: true }), run: null }, parent)!;
    expect([list.todo.length, list.active.length, list.done.length]).toEqual([0, 0, 1]);
    const sibling = mergeMissionChange(empty, { mission: mission({ childId: 'other' }), run: run({ mission: mission({ childId: 'other' }) }) }, child);
    expect(sibling).toBe(empty);
  });
});

describe('runningMissions and noteStillTrue', () => {
  const submitted = run({ status: 'SUBMITTED', submittedAt: '2026-03-02T01:00:00.000Z' });
  it('a submitted one-off is listed once, under awaiting; a repeating one stays running', () => {
    const daily = mission({ id: 'm2', repeat: 'DAILY' });
    const list = { ...empty, awaiting: [submitted, run({ id: 'r2', missionId: 'm2', status: 'SUBMITTED', mission: daily })], active: [mission(), daily] };
    expect(runningMissions(list).map((m) => m.id)).toEqual(['m2']);
    expect(runningMissions({ ...list, awaiting: [] }).map((m) => m.id)).toEqual(['m1', 'm2']);
  });
  it('the "sent to your parents" note goes once the run was rejected', () => {
    const note = { runId: 'r1', status: 'SUBMITTED' as const };
    expect(noteStillTrue({ ...empty, awaiting: [submitted] }, note)).toBe(true);
    expect(noteStillTrue({ ...empty, todo: [run({ status: 'REJECTED', rejectReason: '다시' })] }, note)).toBe(false);
    expect(noteStillTrue(empty, undefined)).toBe(true);
  });
});
