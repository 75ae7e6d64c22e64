/** GET /api/v2/task/{taskId} — "Get Task". No example in the pages, so every field is read leniently. */
import * as z from 'zod/mini';
import { TASK_STATUSES } from '../../domain/statuses';
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
  executionMessages: z._default(
    z.pipe(
      z.nullable(z.array(taskMessageSchema)),
      z.transform((messages: TaskMessage[] | null) => messages ?? []),
    ),
    [],
  ),
  // Free-form (it carries e.g. the new customer's guid); callers narrow it where they need a field.
  outputData: orNull(z.unknown()),
  createTime: nullableString(),
  completeTime: nullableString(),
});
export type Task = z.infer<typeof taskSchema>;
