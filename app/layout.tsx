import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { getActor } from "@/lib/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Coaching and Mentoring for Psychiatrists", template: "%s · Coaching and Mentoring" },
  description:
    "Peer mentoring, coaching and peer groups for psychiatrists at every stage of their career: trainees, SAS doctors and consultants.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the session makes every page dynamic, which the per-request CSP nonce needs anyway.
  const actor = await getActor();
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader actor={actor} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="mt-16 border-t border-brand-100 bg-white">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
            A peer support programme of the college&rsquo;s Coaching and Mentoring Working Group, led by the Associate
            Registrar for Coaching and Mentoring.
          </div>
        </footer>
      </body>
    </html>
  );
}
