import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const areas: Shape<Translation["areas"]> = {
  indexTitle: "Districts and areas",
  indexLead:
    "Shiojiri's ten districts, the wider Matsumoto basin and online: see each one's challenges, initiatives and interested partners.",
  footerLink: "Districts and areas",
  breadcrumb: "Districts and areas",
  figuresLabel: "{{name}} in figures",
  figures: {
    challenges: "Public challenges",
    openChallenges: "Open",
    initiatives: "Initiatives",
    partners: "Interested partners",
  },
  challengesHeading: "Challenges in this area",
  statusFilter: "Filter by status",
  apply: "Show",
  allStatuses: "All statuses",
  statusCount: "{{count}}",
  noChallenges: "No challenges in this area yet.",
  noChallengesOfStatus: "No challenges with this status.",
  viewAllOfStatus: "See all “{{status}}” challenges",
  partnersHeading: "Partners interested in this area",
  partnersNote: "Only partners listed in the public directory are shown.",
  noPartners: "No partner in the public directory has shown interest in this area yet.",
  morePartners: "and {{count}} more",
  partnerKind: {
    INDIVIDUAL: "Individual",
    ORGANISATION: "Organisation",
  },
};

export default areas;
