/**
 * Where messages to applicants go (e-mail, SMS, Zalo…): a port, so a province plugs in its own
 * gateway. The default adapter only logs; the message stays readable on the dossier either way.
 */
import type { Logger } from '@motcua/subgraph-kit';

export interface OutgoingNotice {
  dossierCode: string | null;
  email: string | null;
  phone: string | null;
  subject: string;
  body: string;
}

export interface NotificationPort {
  /** Resolves once the message is handed over; throws to have it retried later. */
  send(notice: OutgoingNotice): Promise<void>;
}

export function logNotificationPort(log: Logger): NotificationPort {
  return {
    async send(notice) {
      log.info({ notice: { ...notice, body: notice.body.slice(0, 200) } }, 'notification (log-only adapter)');
    },
  };
}
