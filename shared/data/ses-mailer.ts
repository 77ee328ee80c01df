/** (use case) --> SES mailer --> Amazon SES (v2 API). The `Mailer` of the deployed system: a plain-text
 * e-mail in UTF-8 from the stage's sender (`MAIL_FROM`, an address of the SES identity the function
 * may send from), in the SES region (`SES_REGION`). */
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer } from '#shared/domain/notifications';

export const sesMailer = (env: NodeJS.ProcessEnv = process.env, client = new SESv2Client({ region: env.SES_REGION || undefined })): Mailer => {
  const from = env.MAIL_FROM;
  return {
    send: async (mail) => {
      if (!from) throw new Error('MAIL_FROM is not set');
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [mail.to] },
          Content: { Simple: { Subject: { Data: mail.subject, Charset: 'UTF-8' }, Body: { Text: { Data: mail.text, Charset: 'UTF-8' } } } },
          // Lets the SES event history name the notification behind a bounce or complaint.
          EmailTags: [{ Name: 'event', Value: mail.event }],
        }),
      );
    },
  };
};
