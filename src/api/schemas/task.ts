/** GET /api/v2/task/{taskId} — "Get Task". No example in the pages, so every field is read leniently. */
import * as z from 'zod/mini';
import { TASK_STATUSES } from '../../domain/statuses';
import { rowListField } from './rows';
import { idValue, nullableString, openEnum, orNull, tolerantObject } from './tolerant';

export const taskMessageSchema = tolerantObject({
  // "Information" in create's progressDetails; kept open (could be a word or a number).
  level: orNull(z.union([z.string(), z.number()])),
  message: nullableString(),
});
export type TaskMessage = z.infer<typeof taskMessageSchema>;

export const taskSchema = tolerantObject({
  id: idValue,
  status: orNull(openEnum(TASK_STATUSES)),
  // Absent or null reads as []; a message that cannot be read is reported in `$unreadable.executionMessages`.
  executionMessages: rowListField(taskMessageSchema),
  // Free-form (it carries e.g. the new customer's guid); callers narrow it where they need a field.
  outputData: orNull(z.unknown()),
  createTime: nullableString(),
  completeTime: nullableString(),
}, { fallbacks: { id: '' } });
export type Task = z.infer<typeof taskSchema>;
