import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const privacy: Shape<Translation["privacy"]> = {
  title: "Privacy policy",
  description: "What personal data the Shiojiri Co-creation Hub collects, why, how long it keeps it, and your rights.",
  lead: "Shiojiri City handles personal data on the Shiojiri Co-creation Hub as follows, under Japan's Act on the Protection of Personal Information (APPI).",
  sections: {
    collected: {
      title: "What we collect",
      body: "When you register: your e-mail address, display name, password (stored only as a one-way hash), language and notification preferences. For signed-in devices: the browser type. For security: a record of account events with time and IP address.",
    },
    purpose: {
      title: "Why",
      body: "To sign you in and confirm who you are, to send notices and progress updates, to prevent abuse, to match challenges with partners, and for the city's yearly evaluation (as statistics that identify no one).",
    },
    sharing: {
      title: "Publication and sharing",
      body: "Your e-mail address and contact details are never public. Coordinators see them; the other side of a collaboration receives them only at an introduction you agreed to. Nothing is given to third parties unless the law requires it. E-mail is delivered through a processor (Resend).",
    },
    retention: {
      title: "How long",
      body: "Until you delete your account. Sign-in sessions are deleted when they expire (after 30 days at most).",
    },
    rights: {
      title: "Your rights",
      body: "On your account page you can download everything stored about you at any time, correct your details and delete your account.",
    },
    deletion: {
      title: "When you delete your account",
      body: "Your details, signed-in devices and the record of mail sent to you are deleted. The audit log stays for the city's accountability, with your name replaced by a pseudonym. For content you publish (proposals, posts), later features will let you choose between deletion and anonymisation.",
    },
    cookies: {
      title: "Cookies",
      body: "Only the cookies the site needs: keeping you signed in (session), remembering your language (lng) and one-time notices (flash). No advertising or tracking cookies.",
    },
    contact: {
      title: "Contact",
      body: "For questions about personal data, contact the Planning and Policy Department of Shiojiri City.",
    },
  },
};

export default privacy;
