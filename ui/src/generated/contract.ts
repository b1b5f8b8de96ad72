// Generated from the core's Rust view types by `make ui-types`
// (core/src/ui_contract.rs): do not edit. ui/src/types.ts re-exports them.

export type AlarmOrganisation = { id: string, name: string, };

/**
 * The silent alarm's settings, as the diary's settings show them.
 */
export type AlarmSettings = { 
/**
 * The alarm is on.
 */
on: boolean, 
/**
 * The organisation's id, when on.
 */
organisation: string | null, 
/**
 * The server has the alarm token: the calculator code and the
 * emergency PIN work (until then, only "Help now" from the diary).
 */
ready: boolean, 
/**
 * Digits of the calculator code, when one is set.
 */
code_digits: number | null, 
/**
 * The emergency (duress) PIN also sends the alarm.
 */
duress: boolean, 
/**
 * A partner server is set (without one, the alarm cannot be set up).
 */
server: boolean, 
/**
 * The organisations to choose from.
 */
organisations: Array<AlarmOrganisation>, 
/**
 * "If someone forces you to open the diary, type this PIN: ...", with
 * the chosen organisation's name (or a general word when none yet).
 */
duress_explained: string, };

export type ArticleItem = { id: string, title: string, summary: string, 
/**
 * Language of the text, for the `lang` attribute.
 */
lang: string, dir: "ltr" | "rtl", 
/**
 * Shown in another language than the reader's.
 */
fallback: boolean, };

export type ArticleView = { id: string, topic: string, topic_title: string, title: string, summary: string, lang: string, dir: "ltr" | "rtl", 
/**
 * "This article is not yet in your language ..." in the reader's language.
 */
fallback_notice: string | null, reviewed: string, 
/**
 * "Some facts ... may be out of date": a fact of this article was read
 * at its source more than a year before today.
 */
out_of_date: string | null, sources: Array<{ title: string, url: string }>, html: string, related: Array<ArticleItem>, };

export type Choice = { value: number, label: string, };

export type ContactOrganisation = { id: string, name: string, 
/**
 * The directory entry with the same id, for the city and description.
 */
city: string | null, description: string | null, 
/**
 * The server raises check-in alerts and this organisation takes them
 * (both as last learned; see `watches::offered`).
 */
check_in_alerts: boolean, 
/**
 * Minutes after a missed check-in before the alert goes.
 */
grace_minutes: number, 
/**
 * What to expect after writing, in the organisation's own words, as
 * its server gives it; none when it sets none.
 */
reply_expectation?: string | null, 
/**
 * What the message form says to expect: the organisation's words,
 * else the app's own line ("This is not for emergencies. In danger,
 * call 112."). Filled when the view is built.
 */
expectation: string, };

export type ContactView = { 
/**
 * Sync is set up (a partner server address is known).
 */
configured: boolean, organisations: Array<ContactOrganisation>, 
/**
 * Why the list is empty, if it is.
 */
organisations_note: string | null, conversations: Array<ConversationItem>, 
/**
 * Conversations with a reply she has not seen: the Contact tab's badge.
 */
unread_conversations: number, 
/**
 * The Contact tab's name with that count, for screen readers
 * ("Contact, 2 conversations with a new reply"); None when none.
 */
unread_label: string | null, };

export type ConversationItem = { id: string, organisation: string, unread: number, unread_label: string | null, queued_label: string | null, closed: boolean, when: string, };

export type ConversationView = { id: string, organisation: string, closed: boolean, closed_notice: string | null, messages: Array<MessageItem>, delete_server_label: string, 
/**
 * What to expect, shown above the form for the next message.
 */
expectation: string, };

export type DiaryDay = { date: string, label: string, today: boolean, entries: Array<EntryItem>, 
/**
 * "No entries", "2 entries": what a screen reader says for the day.
 */
count_label: string, };

export type DiarySearch = { query: string, days: Array<DiaryDay>, count_label: string, };

export type DiaryStatus = { 
/**
 * Neutral name and title instead of "Huiskamer".
 */
disguise: boolean, 
/**
 * "Too many wrong tries. Wait 30 seconds", while a wait is on.
 */
wait_message: string | null, 
/**
 * Choices for the settings and the entry form, labelled in the reader's language.
 */
auto_lock_choices: Array<Choice>, wipe_after_choices: Array<Choice>, reminder_choices: Array<Choice>, 
/**
 * Organisations an appointment's check-in alert may go to; empty when
 * none is offered (no server, or none takes alerts): then the app only
 * reminds her.
 */
alert_organisations: Array<WatchOrganisation>, 
/**
 * A reminder was tapped while the diary was locked: the lock screen
 * says the PIN opens it (set by the session, which keeps the tap).
 */
reminder_waiting: boolean, state: VaultState, 
/**
 * Seconds until the next unlock attempt is allowed (0: now).
 */
wait_secs: number, auto_lock_secs: number, 
/**
 * Wipe after this many failed unlocks (opt-in; `None` is off).
 */
wipe_after: number | null, };

export type DiaryWeek = { start: string, previous: string, next: string, label: string, days: Array<DiaryDay>, count_label: string, };

export type DirectoryView = { cities: Array<string>, 
/**
 * The place the person picked before ("" for all places).
 */
city: string, organisations: Array<OrganisationView>, };

/**
 * An entry as the UI sees it.
 */
export type Entry = { id: string, version: number, 
/**
 * Set on a copy kept when two devices changed the same entry and this
 * version lost: the id of the entry it was a version of.
 */
conflict_of?: string, 
/**
 * An appointment's check-in alert, as the partner server last said
 * (filled in by the diary for the entry screen).
 */
watch?: WatchView, } & ({ "kind": "appointment", starts: string, ends: string | null, place: string, 
/**
 * Free text: a name, a nickname, a description. Never a contact.
 */
with_whom: string, 
/**
 * By when the person means to confirm they are safe.
 */
check_in: string | null, checked_in: boolean, 
/**
 * A reminder this many minutes before `starts`.
 */
reminder_minutes: number | null, notes: string, 
/**
 * "If I don't check in by `check_in`, alert this organisation":
 * set only when she chose it (issue 18).
 */
alert?: WatchChoice, } | { "kind": "incident", happened: string, place: string, what: string, who: string, 
/**
 * Ids of encrypted photo records.
 */
photos: Array<string>, } | { "kind": "note", at: string, title: string, text: string, });

export type EntryBody = { "kind": "appointment", starts: string, ends: string | null, place: string, 
/**
 * Free text: a name, a nickname, a description. Never a contact.
 */
with_whom: string, 
/**
 * By when the person means to confirm they are safe.
 */
check_in: string | null, checked_in: boolean, 
/**
 * A reminder this many minutes before `starts`.
 */
reminder_minutes: number | null, notes: string, 
/**
 * "If I don't check in by `check_in`, alert this organisation":
 * set only when she chose it (issue 18).
 */
alert?: WatchChoice, } | { "kind": "incident", happened: string, place: string, what: string, who: string, 
/**
 * Ids of encrypted photo records.
 */
photos: Array<string>, } | { "kind": "note", at: string, title: string, text: string, };

export type EntryItem = { id: string, kind: EntryBody["kind"], kind_label: string, 
/**
 * "21:00", or "21:00–22:00".
 */
time: string, title: string, place: string, has_alarm: boolean, 
/**
 * Set on a copy kept when two phones changed the entry at once.
 */
conflict_label: string | null, };

/**
 * An error as it crosses to the UI: `{code, message}`.
 */
export type ErrorView = { code: string, message: string, };

/**
 * One line of "Where this comes from" under a directory entry.
 */
export type FieldSourceView = { 
/**
 * Index for [`LinkRequest::OrganisationSource`].
 */
index: number, 
/**
 * What it backs ("Phone number"), or empty for the entry as a whole.
 */
field: string, title: string, publisher: string, 
/**
 * "read 2 December 2026".
 */
read: string, };

/**
 * A link the person asked to open outside the app. The UI never passes an
 * address: it names what to open, and the core builds the address from its
 * own data, so the web view cannot be used to reach arbitrary places.
 */
export type LinkRequest = { "kind": "call", organisation: string, } | { "kind": "map", organisation: string, } | { "kind": "website", organisation: string, } | { "kind": "email", organisation: string, } | { "kind": "chat", organisation: string, } | { "kind": "organisation-source", organisation: string, index: number, } | { "kind": "source", article: string, index: number, } | { "kind": "article-call", article: string, number: string, } | { "kind": "article-link", article: string, url: string, };

export type LocaleOption = { code: string, 
/**
 * The language's name in its own language and script.
 */
name: string, dir: "ltr" | "rtl", };

export type LocaleView = { locale: string, dir: "ltr" | "rtl", locales: Array<LocaleOption>, 
/**
 * Every UI message, formatted for `locale`.
 */
strings: { [key in string]: string }, };

export type MessageItem = { from_worker: boolean, sender: string, body: string, when: string, 
/**
 * "Waiting to be sent" for a message not yet delivered.
 */
state: string | null, 
/**
 * For a report of a mistake: what it is about, named ("Report of a
 * mistake in: <title>").
 */
about: string | null, };

export type OpenState = "open" | "closed" | "always" | "unknown";

export type OrganisationView = { id: string, name: string, city: string, services: Array<string>, description: string | null, address: string | null, phone: string | null, website: string | null, email: string | null, 
/**
 * Whether the entry has a chat link (opened through the core).
 */
chat: boolean, 
/**
 * Languages spoken, each in its own name; empty when not known.
 */
languages: Array<string>, open_state: OpenState, open_label: string, 
/**
 * The heading above the hours: "Opening hours", or for hours that are
 * not confirmed "Last published hours (<source>, <date>)".
 */
hours_title: string, 
/**
 * One line per opening period, e.g. "Mon–Sun 17:00–20:00".
 */
hours: Array<string>, 
/**
 * What is not certain about this entry.
 */
caveats: Array<string>, 
/**
 * "Information checked: <date>", only when every field it lists was
 * checked at a source; the date is the oldest of those checks.
 */
checked: string | null, 
/**
 * "... may be out of date": a field was read more than a year ago.
 */
out_of_date: string | null, 
/**
 * Where each field comes from, in the register's order.
 */
field_sources: Array<FieldSourceView>, };

/**
 * Where a tap on a reminder led, once the diary was unlocked.
 */
export type ReminderOpened = { 
/**
 * The appointment to show.
 */
entry: string, 
/**
 * "Done" on a check-in reminder: she is checked in (and the check-in
 * goes to her organisation with the next sync, if it watches).
 */
checked_in: boolean, };

export type SearchResult = { id: string, title: string, topic_title: string, lang: string, dir: "ltr" | "rtl", fallback: boolean, snippet: Array<SnippetPart>, };

export type SearchView = { query: string, results: Array<SearchResult>, count_label: string, };

export type SnippetPart = { text: string, hit: boolean, };

/**
 * The sync settings screen: the calm status and the addresses.
 */
export type SyncSettings = { view: SyncView, 
/**
 * The address the person set (empty when none, or when built in).
 */
server: string, 
/**
 * The address in use: the person's, else the one given to the app.
 */
effective: string | null, };

/**
 * What the status line shows.
 */
export type SyncState = "off" | "syncing" | "synced" | "offline" | "problem";

export type SyncView = { state: SyncState, headline: string, details: Array<string>, 
/**
 * A refused content update or a lasting problem, worded calmly.
 */
notice: string | null, server: string | null, progress: [number, number] | null, };

export type TopicPage = { id: string, title: string, articles: Array<ArticleItem>, };

export type TopicView = { id: string, title: string, description: string, count: number, count_label: string, };

export type VaultState = "not-set-up" | "locked" | "unlocked";

/**
 * What the person chose in the appointment form: alert `organisation` if
 * she has not checked in by the appointment's check-in time, with the
 * details she filled in and chose. A detail that is `None` (or blank) is
 * not shared.
 */
export type WatchChoice = { 
/**
 * The organisation's id on the partner server.
 */
organisation: string, 
/**
 * Where: address, hotel and room.
 */
place: string | null, 
/**
 * Who: a description of the client, a phone number, a car.
 */
who: string | null, 
/**
 * How to reach her: a name, a call-back number.
 */
contact: string | null, 
/**
 * Anything else she wants them to know.
 */
note: string | null, };

/**
 * An organisation the appointment form may offer: on the partner server
 * set, which raises check-in alerts, and which takes them.
 */
export type WatchOrganisation = { id: string, name: string, 
/**
 * Minutes after the check-in time before the alert goes.
 */
grace_minutes: number, };

/**
 * Where a watch stands, for the entry screen.
 */
export type WatchState = "queued" | "watching" | "checked-in" | "alerted" | "checked-in-late" | "refused";

/**
 * An appointment's check-in alert as the entry screen shows it.
 */
export type WatchView = { state: WatchState, 
/**
 * One plain sentence in her language: "Alert sent to <org> at 23:45."
 */
label: string, };
