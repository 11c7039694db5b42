import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Becomes the Message-ID, so a retried send is recognisable as the same message. */
  idempotencyKey: string;
  attachments?: MailAttachment[];
}

/** A file sent with the message, e.g. a calendar invite (`text/calendar; method=REQUEST`). */
export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Where file-transport mail lands; undefined when sending over SMTP. */
  outboxDir: string | undefined;
}

/** SMTP when SMTP_URL is set; otherwise each message is written as an .eml file under DATA_DIR/mail. */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  dataDir: string;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      outboxDir: undefined,
      send: async (m) => {
        await transport.sendMail(toNodemailer(m, options.from));
      },
    };
  }
  const dir = path.join(options.dataDir, 'mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    outboxDir: dir,
    send: async (m) => {
      const info = await transport.sendMail(toNodemailer(m, options.from));
      await mkdir(dir, { recursive: true });
      // Named by the idempotency key: a retried job overwrites its own file, never duplicates it.
      await writeFile(path.join(dir, `${m.idempotencyKey}.eml`), info.message as Buffer);
    },
  };
}

function toNodemailer(m: MailMessage, from: string): nodemailer.SendMailOptions {
  return {
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    messageId: `<${m.idempotencyKey}@corium>`,
    attachments: m.attachments?.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
      // Base64 keeps the attachment's own bytes (an invite's CRLF line ends) whatever the transport does to lines.
      contentTransferEncoding: 'base64' as const,
    })),
  };
}
