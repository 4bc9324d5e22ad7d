import { useState } from 'react';
import { CSAT_TARGET, NPS_TARGET, npsGroup, SURVEY_SCALES } from '../../../shared/lifecycle/surveys';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { useContacts } from '../contacts/queries';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDay } from '../ui/format';
import { SurveyFigures } from './SurveyFigures';
import { SurveyDialog } from './SurveyDialog';
import { useAccountLifecycle, useRemoveLifecycleRecord } from './queries';
import './lifecycle.css';

const GROUP_LABEL = { promoter: 'Promoter', passive: 'Passive', detractor: 'Detractor' } as const;

/** NPS, CSAT and CES answers per contact, with the account's figures against seed 001's targets. */
export function SurveysTab({ account }: AccountTabProps) {
  const { data, error } = useAccountLifecycle(account.id);
  const { data: contacts } = useContacts(account.id);
  const remove = useRemoveLifecycleRecord();
  const [recording, setRecording] = useState(false);
  if (error) return <p className="form-error" role="alert">{error.message}</p>;
  if (!data) return null;
  const { responses, figures } = data.surveys;
  const noContacts = contacts !== undefined && contacts.length === 0;
  return (
    <div className="stack lifecycle-tab">
      <div className="row">
        <p className="muted">
          {noContacts ? 'Add a contact on the Overview tab first: every answer belongs to a person.' : `Targets: NPS above ${NPS_TARGET}, CSAT above ${CSAT_TARGET}.`}
        </p>
        <span className="spacer" />
        <Button variant="primary" disabled={!contacts || noContacts} onClick={() => setRecording(true)}>
          Record survey response
        </Button>
      </div>
      <SurveyFigures figures={figures} label={`${account.name} survey figures`} />
      {responses.length === 0 ? (
        <EmptyState title="No survey answers yet">
          The playbook surveys every account twice a year. Record each contact’s NPS, CSAT or CES answer here; a detractor gets
          a follow-up task.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Survey responses</caption>
            <thead>
              <tr>
                <th scope="col">Answered</th>
                <th scope="col">Contact</th>
                <th scope="col">Survey</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">Comment</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {responses.map((r) => (
                <tr key={r.id} id={`record-${r.id}`}>
                  <td>{formatDay(r.respondedOn)}</td>
                  <td>{r.contactName}</td>
                  <td>{SURVEY_SCALES[r.kind].label}</td>
                  <td className="num">
                    {r.score}
                    {r.kind === 'nps' && (
                      <>
                        {' '}
                        <span className={`badge ${npsGroup(r.score) === 'detractor' ? 'badge-danger' : npsGroup(r.score) === 'promoter' ? 'badge-ok' : ''}`}>
                          {GROUP_LABEL[npsGroup(r.score)]}
                        </span>
                      </>
                    )}
                  </td>
                  <td className="wrap">{r.comment}</td>
                  <td>
                    <Button size="sm" variant="ghost" aria-label={`Delete ${SURVEY_SCALES[r.kind].label} response from ${r.contactName}`} onClick={() => remove('survey', r.id, 'Response deleted.')}>
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {recording && contacts && <SurveyDialog accountId={account.id} contacts={contacts} onClose={() => setRecording(false)} />}
    </div>
  );
}
