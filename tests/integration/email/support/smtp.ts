// A real SMTP server for the tests (the smtp-server package, in-process on 127.0.0.1): it speaks
// the protocol, records every accepted message raw, and can be told to reject (451 try later,
// 550 no such mailbox), to be slow, or be stopped and started again on the same port.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMessage {
  raw: string;
  messageId: string | null;
  to: string[];
}

export type SmtpMode = "accept" | "reject-transient" | "reject-permanent";

export class TestSmtpServer {
  mode: SmtpMode = "accept";
  /** Holds each message this long before answering, so a worker can be caught mid-send. */
  delayMs = 0;
  received: ReceivedMessage[] = [];
  rejected = 0;
  /** Messages fully received and not yet answered. */
  inFlight = 0;
  /** Runs after the data arrived, before the server answers. "drop" = answer with an error, keep nothing. */
  beforeAnswer?: (raw: string) => void | "drop" | Promise<void | "drop">;
  /** Runs right after the server said 250 (the message is accepted). */
  afterAccept?: (message: ReceivedMessage) => void;
  private server: SMTPServer | null = null;
  private boundPort = 0;

  get port() {
    return this.boundPort;
  }

  get url() {
    return `smtp://127.0.0.1:${this.boundPort}`;
  }

  get running() {
    return this.server !== null;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      logger: false,
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      closeTimeout: 50,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          this.inFlight++;
          void (async () => {
            const raw = Buffer.concat(chunks).toString("utf8");
            if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            if ((await this.beforeAnswer?.(raw)) === "drop") {
              this.inFlight--;
              return callback(Object.assign(new Error("Connection lost before the answer"), { responseCode: 421 }));
            }
            if (this.mode !== "accept") {
              this.inFlight--;
              this.rejected++;
              const code = this.mode === "reject-transient" ? 451 : 550;
              const message = code === 451 ? "Try again later" : "No such mailbox here";
              return callback(Object.assign(new Error(message), { responseCode: code }));
            }
            const message: ReceivedMessage = {
              raw,
              messageId: headerValue(raw, "message-id"),
              to: session.envelope.rcptTo.map((r) => r.address),
            };
            this.received.push(message);
            this.inFlight--;
            callback(null, "Queued");
            this.afterAccept?.(message);
          })();
        });
      },
    });
    // A worker killed mid-conversation resets the connection: expected here, not a test failure.
    server.on("error", () => {});
    await new Promise<void>((resolve, reject) => {
      server.server.once("error", reject);
      server.listen(this.boundPort, "127.0.0.1", () => resolve());
    });
    this.boundPort = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** How many times each Message-ID arrived. */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const message of this.received) {
      const id = message.messageId ?? "(none)";
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  byMessageId(messageId: string): ReceivedMessage[] {
    return this.received.filter((message) => message.messageId === messageId);
  }
}

/** One header of a raw message, unfolded (RFC 5322 §2.2.3). Case-insensitive name. */
export function headerValue(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}
