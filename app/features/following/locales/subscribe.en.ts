import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const subscribe: Shape<Translation["subscribe"]> = {
  links: {
    heading: "Follow without an account",
    hint: "Add these to a feed reader or a calendar app to hear about news and dates without an account.",
    atom: "Follow by feed (Atom)",
    ical: "Add to calendar (iCal)",
    atomTitle: "News of {{label}} (Atom)",
    icalTitle: "Dates of {{label}} (iCal)",
    hubCalendar: "All dates on the Shiojiri Co-creation Hub",
  },
  atom: {
    titleInitiative: "News of the initiative “{{title}}” | Shiojiri Co-creation Hub",
    titleStrategy: "News of strategy {{code}}: {{name}} | Shiojiri Co-creation Hub",
    titleField: "News of {{mark}} {{name}} | Shiojiri Co-creation Hub",
    titleArea: "News of {{name}} | Shiojiri Co-creation Hub",
    subtitle:
      "What is new on the Shiojiri Co-creation Hub: challenges published and their status, initiatives' progress updates, status, milestones and outcomes.",
    milestoneOn: "Planned for {{date}}",
    outcome: "{{label}}: {{value}} {{unit}}",
    reason: "Reason: {{reason}}",
    writtenIn: "This update is written in Japanese.",
  },
  calendar: {
    nameAll: "Shiojiri Co-creation Hub dates",
    nameFiltered: "Shiojiri Co-creation Hub dates ({{filters}})",
    nameInitiative: "Dates of the initiative “{{title}}”",
    description: "Milestones and events of the initiatives on the Shiojiri Co-creation Hub, and the deadlines of its local challenges.",
    descriptionInitiative: "Milestones and events of the initiative “{{title}}” on the Shiojiri Co-creation Hub.",
    kind: {
      MILESTONE: "Milestone",
      EVENT: "Event",
      DEADLINE: "Deadline",
    },
    hubSummary: "{{title}} ({{initiative}})",
    deadlineSummary: "Deadline: {{title}}",
    achieved: "Achieved on {{date}}",
    initiativeLine: "Initiative: {{title}}",
    challengeLine: "Local challenge: {{title}}",
  },
  openData: {
    heading: "Activity feeds (Atom) and calendars (iCal)",
    intro:
      "Follow challenges being published and changing status, and initiatives' progress updates, milestones and outcomes in a feed reader, without an account: up to {{limit}} entries each, newest first. Initiatives' milestones and events and the challenges' deadlines can be added to a calendar app (iCalendar format).",
    language: "Language: add ?lng=ja or ?lng=en. An initiative, strategy, field or area that does not exist gives HTTP 404.",
    calendarFilters: "/calendar.ics takes ?strategy=A, ?field=4 and ?area=narakawa to narrow it. It holds dates from one year ago on.",
    activity: {
      initiative: "News of one initiative",
      strategy: "News per basic strategy (A, B, C)",
      field: "News per strategic field (1–9)",
      area: "News per district or area",
    },
    calendar: {
      all: "Every initiative's dates and the challenges' deadlines",
      initiative: "One initiative's milestones and events",
    },
  },
};

export default subscribe;
