import { z } from 'zod';
import { operation } from '../operation';
import {
  CreateTaskInput,
  ListTasksInput,
  SetTaskDoneInput,
  SnoozeTaskInput,
  Task,
  TaskIdInput,
  UpdateTaskInput,
} from '../../tasks/schema';

export const tasks = {
  list: operation('tasks:list', ListTasksInput, z.array(Task)),
  create: operation('tasks:create', CreateTaskInput, Task),
  update: operation('tasks:update', UpdateTaskInput, Task),
  setDone: operation('tasks:setDone', SetTaskDoneInput, Task),
  snooze: operation('tasks:snooze', SnoozeTaskInput, Task),
  remove: operation('tasks:remove', TaskIdInput, z.object({ id: z.string() })),
};
