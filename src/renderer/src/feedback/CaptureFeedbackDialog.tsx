import { useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { defaultRouteFor, type Category } from '../../../shared/feedback/classification';
import { FeedbackFields, type FeedbackFieldsInput, type FeedbackRequest } from '../../../shared/feedback/schema';
import { cleanWhyChain } from '../../../shared/feedback/why-chain';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { useContacts } from '../contacts/queries';
import { Button } from '../ui/Button';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { shortcutLabel } from '../ui/hotkeys';
import { CATEGORY_OPTIONS, PRIORITY_OPTIONS, ROUTE_OPTIONS } from './options';
import { useProductAreas } from './queries';
import { WhyChainField } from './WhyChainField';
import './feedback.css';

type FormIn = FeedbackFieldsInput;

const SAVE_KEYS = shortcutLabel('mod+enter').replace('ENTER', 'Enter');

/** The schema main uses checks the chain without the empty step it keeps ready for typing. */
const dropEmptyStep = (values: FormIn): FormIn => ({ ...values, whys: cleanWhyChain(values.whys ?? []) });

export const emptyFeedback = (noteId: string | null = null): FormIn => ({
  request: '',
  whys: [''],
  rootCause: '',
  askedBy: [],
  category: 'feature-request',
  productArea: '',
  route: defaultRouteFor('feature-request'),
  priority: 'medium',
  noteId,
  businessJustification: '',
  impactAssessment: '',
  vendorIssueUrl: '',
});

export const feedbackToForm = (r: FeedbackRequest): FormIn => ({
  request: r.request,
  whys: r.whys.length > 0 ? [...r.whys] : [''],
  rootCause: r.rootCause,
  askedBy: r.askedBy.map((p) => p.id),
  category: r.category,
  productArea: r.productArea,
  route: r.route,
  priority: r.priority,
  noteId: r.noteId,
  businessJustification: r.businessJustification,
  impactAssessment: r.impactAssessment,
  vendorIssueUrl: r.vendorIssueUrl,
});

export interface CaptureFeedbackDialogProps {
  accountId: string;
  /** The check-in note the feedback was heard in, when captured from one. */
  noteId?: string | null;
  /** Given when editing an existing request. */
  existing?: FeedbackRequest;
  onClose: () => void;
  onSaved: (request: FeedbackRequest) => void;
}

/**
 * Captures one piece of feedback from the keyboard: the customer's words, Enter, the why-chain
 * (Enter per step, Enter on an empty step to stop), the root cause, then classification;
 * Ctrl/Cmd+Enter saves from anywhere.
 */
export function CaptureFeedbackDialog({ accountId, noteId = null, existing, onClose, onSaved }: CaptureFeedbackDialogProps) {
  const contacts = useContacts(accountId);
  const areas = useProductAreas();
  const create = useApiMutation('feedback.create');
  const update = useApiMutation('feedback.update');
  const rootCauseRef = useRef<HTMLInputElement | null>(null);
  const categoryRef = useRef<HTMLSelectElement | null>(null);
  const askersRef = useRef<HTMLFieldSetElement | null>(null);
  const whyFirst = useRef<HTMLDivElement | null>(null);
  const {
    register,
    submit,
    formError,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting, dirtyFields },
  } = useApiForm({
    schema: FeedbackFields,
    clean: dropEmptyStep,
    defaultValues: existing ? feedbackToForm(existing) : emptyFeedback(noteId),
    mode: 'onSubmit',
    serverPath: ['fields'],
    onSubmit: async (fields) =>
      onSaved(existing ? await update.mutateAsync({ id: existing.id, fields }) : await create.mutateAsync({ accountId, fields })),
  });
  const whys = useWatch({ control, name: 'whys' }) ?? [''];
  const askedBy = useWatch({ control, name: 'askedBy' }) ?? [];
  const rootCause = useWatch({ control, name: 'rootCause' }) ?? '';
  const lastAnswer = cleanWhyChain(whys).at(-1);

  const toggleAsker = (id: string, on: boolean) =>
    setValue('askedBy', on ? [...askedBy, id] : askedBy.filter((x) => x !== id), { shouldDirty: true });

  const requestField = register('request');
  const rootCauseField = register('rootCause');
  const categoryField = register('category', {
    onChange: (e: { target: { value: Category } }) => {
      if (!dirtyFields.route) setValue('route', defaultRouteFor(e.target.value));
    },
  });

  const people = (contacts.data ?? []).filter((c) => !c.leftOn || askedBy.includes(c.id));
  const whyErrors = Array.isArray(errors.whys) ? errors.whys.map((e) => e?.message) : undefined;

  return (
    <FormDialog
      title={existing ? 'Edit feedback' : 'Capture feedback'}
      submitLabel={existing ? 'Save changes' : 'Save feedback'}
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      width={760}
      formClassName="capture-form"
      saveShortcut={SAVE_KEYS}
      footerNote={
        <span className="faint capture-keys">
          <kbd>Enter</kbd> next step · <kbd>{SAVE_KEYS}</kbd> saves · <kbd>Esc</kbd> closes
        </span>
      }
    >
      <TextAreaField
        label="What did they ask for? (their words)"
        rows={2}
        autoFocus
        placeholder="e.g. Can we download the data product page as PDF?"
        hint="Enter goes to the first why; Shift+Enter for a new line."
        error={errors.request?.message}
        {...requestField}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            whyFirst.current?.querySelector('input')?.focus();
          }
        }}
      />
      <div ref={whyFirst}>
        <WhyChainField
          steps={whys}
          errors={whyErrors}
          onChange={(steps) => setValue('whys', steps, { shouldDirty: true })}
          onDone={() => rootCauseRef.current?.focus()}
        />
      </div>
      <div className="root-cause">
        <TextField
          label="Root cause (the problem, not the solution)"
          placeholder="e.g. Getting access to data products is slow and unclear"
          error={errors.rootCause?.message}
          {...rootCauseField}
          ref={(el) => {
            rootCauseField.ref(el);
            rootCauseRef.current = el;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              // Next comes "Who asked" (Space ticks a person), then the classification.
              const firstAsker = askersRef.current?.querySelector('input');
              if (firstAsker) firstAsker.focus();
              else categoryRef.current?.focus();
            }
          }}
        />
        {!rootCause && lastAnswer && (
          <Button size="sm" variant="ghost" onClick={() => setValue('rootCause', getValues('whys')?.filter((s) => s.trim()).at(-1)?.trim() ?? '')}>
            Use the last answer
          </Button>
        )}
      </div>
      <fieldset className="askers" ref={askersRef}>
        <legend className="field-label">Who asked</legend>
        {contacts.data && people.length === 0 && (
          <span className="hint">No contacts on this account yet — add them on the Overview tab to record who asked.</span>
        )}
        {people.map((c) => (
          <label key={c.id} className="checkbox asker">
            <input
              type="checkbox"
              checked={askedBy.includes(c.id)}
              onChange={(e) => toggleAsker(c.id, e.target.checked)}
              onKeyDown={(e) => {
                // Enter moves on through the people, then to the category, as in the rest of the form.
                if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
                e.preventDefault();
                const boxes = [...(askersRef.current?.querySelectorAll('input') ?? [])];
                const next = boxes[boxes.indexOf(e.currentTarget) + 1];
                if (next) next.focus();
                else categoryRef.current?.focus();
              }}
            />
            {c.name}
            {c.leftOn && <span className="faint"> (left)</span>}
          </label>
        ))}
        {errors.askedBy?.message && (
          <span className="error" role="alert">
            {errors.askedBy.message}
          </span>
        )}
      </fieldset>
      <div className="classify-grid">
        <SelectField
          label="Category"
          options={CATEGORY_OPTIONS}
          error={errors.category?.message}
          {...categoryField}
          ref={(el) => {
            categoryField.ref(el);
            categoryRef.current = el;
          }}
        />
        <TextField
          label="Product area"
          list="feedback-product-areas"
          placeholder="e.g. Marketplace"
          error={errors.productArea?.message}
          {...register('productArea')}
        />
        <datalist id="feedback-product-areas">
          {(areas.data ?? []).map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <SelectField label="Route to" options={ROUTE_OPTIONS} error={errors.route?.message} {...register('route')} />
        <SelectField label="Priority" options={PRIORITY_OPTIONS} error={errors.priority?.message} {...register('priority')} />
        <TextAreaField
          label="Business justification"
          hint="Why it matters to the customer's business (seed 001, step 1)."
          rows={2}
          error={errors.businessJustification?.message}
          {...register('businessJustification')}
        />
        <TextAreaField
          label="Impact assessment"
          hint="The potential impact and customer value (step 2)."
          rows={2}
          error={errors.impactAssessment?.message}
          {...register('impactAssessment')}
        />
        <TextField
          label="Vendor issue"
          type="url"
          placeholder="https://…"
          hint="The issue this was filed as, or added to."
          className="span-2"
          error={errors.vendorIssueUrl?.message}
          {...register('vendorIssueUrl')}
        />
      </div>
      {noteId && <p className="hint">Linked to the check-in note it was heard in.</p>}
    </FormDialog>
  );
}
