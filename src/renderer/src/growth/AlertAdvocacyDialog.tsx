import { useEffect } from 'react';
import type { Alert } from '../../../shared/health/schema';
import { useApiQuery } from '../api/use-api';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { toast } from '../ui/toasts';
import { AdvocacyDialog } from './AdvocacyDialog';
import { usePromoters } from './queries';

/**
 * The action on a "promoter" alert (Health tab and Today), seed 003's play "ask for a referral or
 * testimonial": the Growth tab's advocacy dialog, prefilled from and linked to the NPS answer that
 * raised the alert while Growth still suggests it (the contact's latest answer, 9–10). A promoter
 * score from a health check names no one: the dialog then asks which contact.
 */
export function AlertAdvocacyDialog({ accountId, alertId, onClose }: { accountId: string; alertId: string; onClose: () => void }) {
  const health = useApiQuery('health.get', { accountId });
  const promoters = usePromoters(accountId);
  const go = useRoute((s) => s.go);
  const failed = health.error ?? promoters.error;
  useEffect(() => {
    if (!failed) return;
    toast.error(failed.message);
    onClose();
  }, [failed, onClose]);
  if (!health.data || !promoters.data) return null;
  const answer = health.data.alerts.find((a) => a.id === alertId)?.surveyResponseId ?? null;
  const promoter = promoters.data.find((p) => p.surveyResponseId === answer) ?? null;
  return (
    <AdvocacyDialog
      accountId={accountId}
      editing={null}
      promoter={promoter}
      onClose={onClose}
      onSaved={() =>
        toast.info('Advocacy added. Close the alert with its outcome once they answer.', {
          label: 'Open Growth',
          run: () => go({ page: 'account', accountId, tab: 'growth' }),
        })
      }
    />
  );
}

/** The button on a promoter alert in the Health tab: it names the contact when the alert came from their answer. */
export function AskForAdvocacyButton({ alert, onAsk }: { alert: Alert; onAsk: () => void }) {
  const promoters = usePromoters(alert.accountId).data ?? [];
  const name = promoters.find((p) => p.surveyResponseId === alert.surveyResponseId)?.contactName;
  return (
    <Button size="sm" variant="primary" onClick={onAsk}>
      {name ? `Ask ${name} for advocacy…` : 'Ask for advocacy…'}
    </Button>
  );
}
