// Missions input schemas and the shapes the API returns, shared by server and client.
// Messages are message-file keys, translated by the error layer and the forms.
import { z } from 'zod';
import { id, idSchema, isoDate, line, text } from '@/lib/schemas';
import type { Day, Repeat } from './schedule';

export type { Day, Repeat } from './schedule';
export type MissionRunStatus = 'TODO' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';

export const familyParams = z.object({ circleId: idSchema });
export const missionParams = z.object({ circleId: idSchema, missionId: idSchema });
export const dayParamSchema = isoDate();
export const runParams = z.object({ circleId: idSchema, missionId: idSchema, day: dayParamSchema });

export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 500;
export const REASON_MAX = 200;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const optionalDay = (error: string) => z.union([isoDate(error), z.literal('').transform(() => null), z.null()]).optional();

const fields = {
  title: line('missions.validation.titleRequired')
    .min(1, { error: 'missions.validation.titleRequired' })
    .max(TITLE_MAX, { error: 'missions.validation.titleLength' }),
  description: text('missions.validation.descriptionLength').max(DESCRIPTION_MAX, { error: 'missions.validation.descriptionLength' }),
  reward: z.number({ error: 'missions.validation.reward' }).int({ error: 'missions.validation.reward' }).min(1, { error: 'missions.validation.reward' }).max(10, { error: 'missions.validation.reward' }),
  startsOn: optionalDay('missions.validation.startsOn'),
  dueOn: optionalDay('missions.validation.dueOn'),
  repeat: z.enum(['NONE', 'DAILY', 'WEEKLY'], { error: 'missions.validation.repeat' }),
  weekdays: z.array(z.number({ error: 'missions.validation.weekdays' }).int({ error: 'missions.validation.weekdays' }).min(0, { error: 'missions.validation.weekdays' }).max(6, { error: 'missions.validation.weekdays' }), { error: 'missions.validation.weekdays' }).max(7, { error: 'missions.validation.weekdays' }),
};

export const createMissionSchema = z.object({
  childId: id('missions.validation.child'),
  title: fields.title,
  description: fields.description.default(''),
  reward: fields.reward.default(1),
  startsOn: fields.startsOn,
  dueOn: fields.dueOn,
  repeat: fields.repeat.default('NONE'),
  weekdays: fields.weekdays.default([]),
});
export type CreateMissionInput = z.infer<typeof createMissionSchema>;

export const updateMissionSchema = z
  .object({
    title: fields.title.optional(),
    description: fields.description.optional(),
    reward: fields.reward.optional(),
    startsOn: fields.startsOn,
    dueOn: fields.dueOn,
    repeat: fields.repeat.optional(),
    weekdays: fields.weekdays.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { error: 'missions.validation.nothingToChange' });
export type UpdateMissionInput = z.infer<typeof updateMissionSchema>;

export const rejectSchema = z.object({
  reason: text('missions.validation.reasonRequired')
    .min(1, { error: 'missions.validation.reasonRequired' })
    .max(REASON_MAX, { error: 'missions.validation.reasonLength' }),
});

export const listQuerySchema = z.object({ childId: idSchema.optional().catch(undefined) });

export interface MissionDto {
  id: string;
  circleId: string;
  childId: string;
  title: string;
  description: string;
  reward: number;
  startsOn: Day;
  dueOn: Day | null;
  repeat: Repeat;
  weekdays: number[];
  /** Starts on a later day: parents see it as 예약됨, the child not at all. */
  scheduled: boolean;
  /** No more runs will come: a one-off that was approved, or a repeat past its last day. */
  finished: boolean;
  /** Approved at least once as a one-off: no longer editable. */
  locked: boolean;
  deleted: boolean;
  /** The next day it falls on, from today (null when none is left). */
  nextOn: Day | null;
  createdAt: string;
}

export interface MissionRunDto {
  id: string;
  missionId: string;
  day: Day;
  status: MissionRunStatus;
  /** Served to the family through the missions API, never as a public URL. */
  photo: { url: string; thumbUrl: string } | null;
  rejectReason: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  /** Approved runs: grapes that reached the child's board (0 = there was no open board). */
  grapesGiven: number | null;
  mission: MissionDto;
}

export interface MissionListDto {
  /** The Korean day the lists were made for. */
  today: Day;
  /** Runs the child can do now: today's, and rejected ones to try again. */
  todo: MissionRunDto[];
  awaiting: MissionRunDto[];
  /** Newest approvals first (the latest 50). */
  done: MissionRunDto[];
  /** Parents only: missions that start on a later day. */
  scheduled: MissionDto[];
  /** Parents only: every running mission (to edit or delete, also on days it does not fall on). */
  active: MissionDto[];
}

/** What approving told the parent: how many grapes went to the board, and why fewer. */
export interface ApproveResultDto {
  run: MissionRunDto;
  grapesGiven: number;
  /** 'no_board': the child has no open board; 'board_full': it had less room than the reward. */
  shortfall: 'no_board' | 'board_full' | null;
}

/** Published to the child and the parents (their user channels) after each change; `mission` is null while it is scheduled. */
export interface MissionEventDto {
  circleId: string;
  missionId: string;
  childId: string;
  mission: MissionDto | null;
  run: MissionRunDto | null;
}
