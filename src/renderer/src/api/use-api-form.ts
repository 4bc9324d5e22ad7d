import { useState } from 'react';
import { useForm, type FieldValues, type Resolver, type UseFormProps } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { showServerErrors } from './form-errors';

interface ApiFormOptions<In extends FieldValues, Out> extends Omit<UseFormProps<In, unknown, Out>, 'resolver'> {
  /**
   * The zod schema of the operation's input, or of the part of it this form edits (e.g. the
   * `fields` of `{ id, fields }`) — the same schema the IPC door checks in main.
   */
  schema: z.ZodType<Out, In>;
  /** Where the form's fields sit in the operation's input, so main's issue paths find them. */
  serverPath?: readonly (string | number)[];
  /** The form's field names, when the schema is not a plain object (otherwise read from it). */
  fieldNames?: readonly string[];
  /** Tidies the values before the schema checks them (e.g. drops an empty step kept ready for typing). */
  clean?: (values: In) => In;
  /** Sends the parsed values; a rejection (an ApiError from the door) is mapped onto the fields. */
  onSubmit: (values: Out) => Promise<unknown>;
}

/** The top-level keys of an object schema: the fields a server issue can be placed on. */
export function fieldNamesOf(schema: z.ZodType): readonly string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/**
 * The one way a form talks to main: react-hook-form checked by the operation's zod input before
 * anything is sent, and on submit the call's validation issues put next to the fields they
 * name (`issues[].path`, after `serverPath`), or shown for the whole form when they name none.
 * `submit` goes on the `<form>` (or `FormDialog`), `formError` is the whole-form message.
 */
export function useApiForm<In extends FieldValues, Out>({ schema, serverPath = [], fieldNames, clean, onSubmit, ...formProps }: ApiFormOptions<In, Out>) {
  const [formError, setFormError] = useState<string | null>(null);
  const checked: Resolver<In, unknown, Out> = zodResolver(schema);
  const resolver: Resolver<In, unknown, Out> = clean ? (values, context, options) => checked(clean(values), context, options) : checked;
  const form = useForm<In, unknown, Out>({ ...formProps, resolver });
  const names = fieldNames ?? fieldNamesOf(schema);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(showServerErrors(error, form.setError, names, serverPath));
    }
  });

  return { ...form, submit, formError, setFormError };
}
