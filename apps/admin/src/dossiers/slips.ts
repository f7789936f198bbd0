import { useState } from 'react';
import { saveFile, showFile } from './files';
import { DossierSlipDocument, useApolloClient, type DossierStatus, type FormKind } from '@motcua/graphql-client';

/** What decides which slips a dossier has: each form applies once its event happened. */
interface SlipFacts {
  status: DossierStatus;
  receivedAt?: string | null;
  supplementRequests: readonly unknown[];
  apologies: readonly unknown[];
}

/**
 * The forms that apply to the dossier now (DOMAIN.md §2): the receipt and the control slip once it
 * was received, the supplement request once one was made, the refusal when refused, the apology once
 * issued, the notice of stopping when stopped.
 */
export function applicableSlips(dossier: SlipFacts): FormKind[] {
  const forms: FormKind[] = [];
  if (dossier.receivedAt) forms.push('RECEIPT');
  if (dossier.supplementRequests.length > 0) forms.push('SUPPLEMENT_REQUEST');
  if (dossier.status === 'REFUSED') forms.push('REFUSAL');
  if (dossier.apologies.length > 0) forms.push('APOLOGY');
  if (dossier.status === 'STOPPED') forms.push('STOP_NOTICE');
  if (dossier.receivedAt) forms.push('CONTROL_SLIP');
  return forms;
}

/**
 * Fetches a slip (always afresh: it reflects the dossier as it is now) and opens it in a new tab to
 * print, or saves it.
 */
export function useSlip(dossierId: string) {
  const client = useApolloClient();
  const [busy, setBusy] = useState<FormKind | null>(null);
  const [failed, setFailed] = useState<'failed' | 'notAvailable' | null>(null);

  async function fetchSlip(form: FormKind, how: 'open' | 'download') {
    setBusy(form);
    setFailed(null);
    // Opened before the request so the browser sees the user's click and does not block the tab.
    const tab = how === 'open' ? window.open('', '_blank') : null;
    try {
      const { data } = await client.query({
        query: DossierSlipDocument,
        variables: { id: dossierId, form },
        fetchPolicy: 'no-cache',
      });
      const slip = data?.dossier?.slip;
      if (!slip) {
        tab?.close();
        setFailed('notAvailable');
        return;
      }
      if (tab) showFile(tab, slip);
      else saveFile(slip);
    } catch {
      tab?.close();
      setFailed('failed');
    } finally {
      setBusy(null);
    }
  }

  return {
    busy,
    failed,
    open: (form: FormKind) => void fetchSlip(form, 'open'),
    download: (form: FormKind) => void fetchSlip(form, 'download'),
  };
}
