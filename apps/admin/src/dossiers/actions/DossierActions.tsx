import { useState, type ComponentType } from 'react';
import { Button, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierAction, ReceptionDecision } from '@motcua/graphql-client';
import type { ActionDossier, ActionFormProps } from './ActionForm';
import {
  ApologiseForm,
  ConfirmPaymentForm,
  DecideWithdrawalForm,
  RequestPaymentForm,
  ResolveForm,
  ReturnResultForm,
  StopForm,
} from './outcomeForms';
import {
  AnswerSupplementForm,
  AssignHandlerForm,
  ForwardForm,
  RequestSupplementForm,
  RequestWithdrawalForm,
  SendBackForm,
} from './processingForms';
import { ReceptionCheckForm } from './ReceptionCheckForm';

/** The three outcomes of the one-stop's check, and the actions that stand for them. */
const receptionDecisionOf: Partial<Record<DossierAction, ReceptionDecision>> = {
  RECEIVE: 'RECEIVE',
  REQUEST_RECEPTION_SUPPLEMENT: 'REQUEST_SUPPLEMENT',
  REFUSE: 'REFUSE',
};

const formOf: Partial<Record<DossierAction, ComponentType<ActionFormProps>>> = {
  FORWARD: ForwardForm,
  SEND_BACK: SendBackForm,
  ASSIGN_HANDLER: AssignHandlerForm,
  REQUEST_SUPPLEMENT: RequestSupplementForm,
  RECORD_SUPPLEMENT: AnswerSupplementForm,
  REQUEST_PAYMENT: RequestPaymentForm,
  CONFIRM_PAYMENT: ConfirmPaymentForm,
  APOLOGISE: ApologiseForm,
  RESOLVE: ResolveForm,
  RETURN_RESULT: ReturnResultForm,
  REQUEST_WITHDRAWAL: RequestWithdrawalForm,
  DECIDE_WITHDRAWAL: DecideWithdrawalForm,
  STOP: StopForm,
};

/** Red, for the actions that end or turn away a dossier. */
const destructive: readonly DossierAction[] = ['REFUSE', 'STOP'];

/**
 * A button for each action the API allows the caller now (`allowedActions`), each opening its
 * dialog; `onDone` (the page refetching the dossier) follows every success.
 */
export function DossierActions({
  dossier,
  allowed,
  onDone,
}: {
  dossier: ActionDossier;
  allowed: readonly DossierAction[];
  onDone: (action: DossierAction) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const close = () => setOpen(null);
  const done = (action: DossierAction) => () => {
    setOpen(null);
    onDone(action);
  };
  const decisions = allowed.flatMap((action) => receptionDecisionOf[action] ?? []);
  const Form = open ? formOf[open] : undefined;
  const decision = open ? receptionDecisionOf[open] : undefined;

  return (
    <Stack gap="xs" component="section" aria-labelledby="dossier-actions">
      <Title order={2} fz="h4" id="dossier-actions">
        {t('dossier.page.actions')}
      </Title>
      {allowed.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dossier.page.noActions')}
        </Text>
      ) : (
        allowed.map((action, index) => (
          <Button
            key={action}
            variant={index === 0 ? 'filled' : destructive.includes(action) ? 'outline' : 'light'}
            color={destructive.includes(action) ? 'red.9' : undefined}
            onClick={() => setOpen(action)}
            fullWidth
          >
            {t(`dossier.action.${action}`)}
          </Button>
        ))
      )}
      <Modal
        opened={open !== null}
        onClose={close}
        title={open ? t(`dossier.action.${open}`) : ''}
        size={decision || open === 'REQUEST_SUPPLEMENT' ? 'lg' : 'md'}
      >
        {open && decision && (
          <ReceptionCheckForm
            dossier={dossier}
            decisions={decisions}
            initialDecision={decision}
            onDone={done(open)}
            onCancel={close}
          />
        )}
        {open && Form && <Form dossier={dossier} onDone={done(open)} onCancel={close} />}
      </Modal>
    </Stack>
  );
}
