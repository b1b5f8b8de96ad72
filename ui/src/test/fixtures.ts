// Realistic answers of the core, shaped as ui/CONTRACT.md describes, for
// the unit tests. The Fluent strings are read from the repository's real
// ui.ftl files so a test sees the text a person would; the topics are the
// core's own output (fixtures.generated.json). The rest is still hand-made:
// cases the core does not produce on the shipped content by default (an
// article shown in another language, markup to keep out of the page,
// directory entries with and without each field), and the fake diary,
// contact and sync state that the harness changes as a test goes.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import generated from "./fixtures.generated.json";
import type { ContactView, ConversationView, SyncSettings } from "../types";
import type { WatchOrganisation } from "../types";
import type { DiaryStatus, DiaryWeek, VaultState, ArticleView, DirectoryView, LocaleView, SearchView, TopicPage, TopicView } from "../types";

function ftl(locale: string): Record<string, string> {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../i18n", locale);
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir)) {
    for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
      const m = line.match(/^([a-z][a-z0-9-]*) = (.*)$/);
      if (m) out[m[1]] = m[2];
    }
  }
  return out;
}

export const locales = [
  { code: "en", name: "English", dir: "ltr" as const },
  { code: "nl", name: "Nederlands", dir: "ltr" as const },
  { code: "ar", name: "العربية", dir: "rtl" as const },
];

export function localeView(code = "en"): LocaleView {
  const dir = code === "ar" ? "rtl" : "ltr";
  return { locale: code, dir, locales, strings: ftl(code === "ar" ? "en" : code) };
}

// The six topics as the real core lists them in English (written by
// `make ui-types` from core/src/ui_contract.rs); typed, so tsc checks the
// core's real JSON against the generated contract too.
export const topics: TopicView[] = generated.topics;

export const healthPage: TopicPage = {
  id: "health",
  title: "Health",
  articles: [
    { id: "health-sti-testing", title: "Free STI tests at the GGD", summary: "Free and anonymous.", lang: "en", dir: "ltr", fallback: false },
    { id: "health-mental", title: "Zorg voor je hoofd", summary: "Praat erover.", lang: "nl", dir: "ltr", fallback: true },
  ],
};

export const stiArticle: ArticleView = {
  id: "health-sti-testing",
  topic: "health",
  topic_title: "Health",
  title: "Free STI tests at the GGD",
  summary: "Free and anonymous.",
  lang: "en",
  dir: "ltr",
  fallback_notice: null,
  reviewed: "Facts last checked: 22 November 2026",
  out_of_date: null,
  sources: [{ title: "GGD", url: "https://www.ggd.nl/" }],
  html:
    '<p>The GGD tests you for free.</p><p>See <a href="#/article/health-protection">protection</a> and ' +
    '<a href="https://www.soaaids.nl/" data-external="">Soa Aids Nederland</a>.</p>' +
    '<p>Call <a href="tel:08000188" data-tel="tel:08000188" dir="ltr">0800-0188</a>. ' +
    '<a href="#/diary/new/incident">Write down what happened</a>.</p>',
  related: [{ id: "health-protection", title: "Protect yourself", summary: "Condoms, PrEP, PEP.", lang: "en", dir: "ltr", fallback: false }],
};

export const fallbackArticle: ArticleView = {
  ...stiArticle,
  id: "health-mental",
  title: "Zorg voor je hoofd",
  lang: "nl",
  fallback_notice: "This article is not yet available in your language. It is shown in Nederlands.",
  out_of_date: "Some facts here were last checked on 1 October 2025, more than a year ago. They may be out of date. Ask a support worker before you act on them.",
};

export function searchView(query: string): SearchView {
  if (query.startsWith("zz")) return { query, results: [], count_label: "0 results" };
  return {
    query,
    count_label: "1 result",
    results: [
      {
        id: "health-sti-testing",
        title: "Free STI tests at the GGD",
        topic_title: "Health",
        lang: "en",
        dir: "ltr",
        fallback: false,
        snippet: [
          { text: "free ", hit: false },
          { text: query, hit: true },
          { text: " <img src=x onerror=alert(1)>", hit: false },
        ],
      },
    ],
  };
}

export const directory: DirectoryView = {
  cities: ["Deventer", "Groningen", "Whole country"],
  city: "",
  organisations: [
    {
      id: "ldh-meetingpoint-groningen",
      name: "Meetingpoint (Leger des Heils)",
      city: "Groningen",
      services: ["Walk-in living room (huiskamer)"],
      description: "A living room for sex workers.",
      address: "Schoolholm 2b",
      phone: null,
      website: "https://www.legerdesheils.nl/",
      languages: ["English", "Nederlands"],
      email: null,
      chat: false,
      open_state: "unknown",
      open_label: "Opening times not confirmed. Ask before you go.",
      hours_title: "Last published hours (Gemeente Groningen, 2019). They may have changed.",
      hours: ["Every day: 17:00–20:00"],
      caveats: [
        "We do not list a phone number that we could not check. Use the website or visit.",
        "Not every detail here could be checked. Ask the organisation before you go.",
      ],
      checked: null,
      out_of_date: null,
      field_sources: [
        { index: 0, field: "Address", title: "Werkbezoek prostitutie", publisher: "Gemeente Groningen", read: "read 2 December 2026" },
      ],
    },
    {
      id: "kadera",
      name: "Kadera",
      city: "Deventer",
      services: ["Safe shelter"],
      description: null,
      address: "Somewhere 1",
      phone: "0800-2000",
      website: null,
      languages: [],
      email: "info@kadera.example",
      chat: true,
      open_state: "open",
      open_label: "Open now, until 17:00",
      hours_title: "Opening hours",
      hours: ["Mon–Fri: 09:00–17:00"],
      caveats: [],
      checked: "Information checked: 2 December 2026",
      out_of_date: null,
      field_sources: [],
    },
    {
      id: "centrum-seksueel-geweld",
      name: "Centrum Seksueel Geweld",
      city: "Whole country",
      services: ["Help after sexual violence"],
      description: null,
      address: null,
      phone: "0800-0188",
      website: "https://centrumseksueelgeweld.nl/",
      languages: [],
      email: null,
      chat: false,
      open_state: "always",
      open_label: "Open day and night",
      hours_title: "Opening hours",
      hours: [],
      caveats: [],
      checked: "Information checked: 1 October 2025",
      out_of_date: "Some details here were last checked on 1 October 2025, more than a year ago. They may be out of date.",
      field_sources: [],
    },
  ],
};

export function diaryStatus(state: VaultState, alertOrganisations: WatchOrganisation[] = []): DiaryStatus {
  return {
    state,
    wait_secs: 0,
    wait_message: null,
    auto_lock_secs: 300,
    wipe_after: null,
    disguise: false,
    auto_lock_choices: [60, 300].map((v) => ({ value: v, label: `${v / 60} minutes` })),
    wipe_after_choices: [5, 10].map((v) => ({ value: v, label: `After ${v} wrong PINs` })),
    reminder_choices: [15, 30].map((v) => ({ value: v, label: `${v} minutes before` })),
    alert_organisations: alertOrganisations,
    reminder_waiting: false,
  };
}

/** A text the fake core was given; an absent one reads as "" (every caller
 *  passes strings: the real core's serde would refuse anything else). */
export function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** A week of the fake diary: every entry on its own day (Monday 23 November 2026). */
export function diaryWeek(entries: Record<string, unknown>[]): DiaryWeek {
  const days = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];
  return {
    start: days[0],
    previous: "2026-11-16",
    next: "2026-11-30",
    label: "23 November 2026 – 29 November 2026",
    count_label: `${entries.length} entries`,
    days: days.map((date, i) => ({
      date,
      label: date,
      today: i === 0,
      count_label: i === 0 ? `${entries.length} entries` : "No entries",
      entries: i === 0
        ? entries.map((e) => ({
            id: String(e.id),
            kind: e.kind as "appointment",
            kind_label: String(e.kind),
            time: "21:00",
            title: str(e.with_whom ?? e.title),
            place: str(e.place),
            has_alarm: false,
            conflict_label: null,
          }))
        : [],
    })),
  };
}

export function syncSettings(server: string): SyncSettings {
  return {
    server,
    effective: server || null,
    view: server
      ? { state: "offline", headline: "Offline. Your changes are saved on this phone and are sent later.", details: ["1 message waits to be sent."], notice: null, server: "127.0.0.1", progress: null }
      : { state: "off", headline: "Not connected to a partner organisation. Everything stays on this phone.", details: [], notice: null, server: null, progress: null },
  };
}

/** The contact list; `unread` conversations have a reply not yet seen. */
export function contactView(conversations: ConversationView[], unread = 0): ContactView {
  return {
    configured: true,
    organisations: [
      { id: "main", name: "Test organisation", city: "Utrecht", description: "Support for sex workers.", check_in_alerts: false, grace_minutes: 0, expectation: "We usually answer within one working day. Not for emergencies: call 112." },
      { id: "ggd", name: "GGD", city: "Utrecht", description: null, check_in_alerts: false, grace_minutes: 0, expectation: "This is not for emergencies. In danger, call 112." },
    ],
    organisations_note: null,
    unread_conversations: unread,
    unread_label: unread === 0 ? null : `Contact, ${unread} ${unread === 1 ? "conversation" : "conversations"} with a new reply`,
    conversations: conversations.map((c) => ({
      id: c.id,
      organisation: c.organisation,
      unread: 0,
      unread_label: null,
      queued_label: "1 message waits to be sent",
      closed: false,
      when: "23 November 2026 10:00",
    })),
  };
}

export function conversation(id: string, text: string): ConversationView {
  return {
    id,
    organisation: "Test organisation",
    closed: false,
    closed_notice: null,
    messages: [{ from_worker: false, sender: "You", body: text, when: "23 November 2026 10:00", state: "Waiting to be sent", about: null }],
    delete_server_label: "Delete it here and ask Test organisation to delete it too",
    expectation: "We usually answer within one working day. Not for emergencies: call 112.",
  };
}
