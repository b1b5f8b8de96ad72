// The shapes the core sends; see ui/CONTRACT.md. Kept in one place so a
// change in the core shows up as a type error here.
export type Dir = "ltr" | "rtl";
export interface LocaleOption { code: string; name: string; dir: Dir }
export interface LocaleView { locale: string; dir: Dir; locales: LocaleOption[]; strings: Record<string, string> }
export interface TopicView { id: string; title: string; description: string; count: number; count_label: string }
export interface ArticleItem { id: string; title: string; summary: string; lang: string; dir: Dir; fallback: boolean }
export interface TopicPage { id: string; title: string; articles: ArticleItem[] }
export interface Source { title: string; url: string }
export interface ArticleView {
  id: string;
  topic: string;
  topic_title: string;
  title: string;
  summary: string;
  lang: string;
  dir: Dir;
  fallback_notice: string | null;
  reviewed: string;
  out_of_date: string | null;
  sources: Source[];
  html: string;
  related: ArticleItem[];
}
export interface SnippetPart { text: string; hit: boolean }
export interface SearchResult {
  id: string;
  title: string;
  topic_title: string;
  lang: string;
  dir: Dir;
  fallback: boolean;
  snippet: SnippetPart[];
}
export interface SearchView { query: string; results: SearchResult[]; count_label: string }
export type OpenState = "open" | "closed" | "always" | "unknown";
export interface OrganisationView {
  id: string;
  name: string;
  city: string;
  services: string[];
  description: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  email: string | null;
  chat: boolean;
  languages: string[];
  open_state: OpenState;
  open_label: string;
  hours_title: string;
  hours: string[];
  caveats: string[];
  checked: string | null;
  out_of_date: string | null;
  field_sources: FieldSource[];
}
export interface FieldSource { index: number; field: string; title: string; publisher: string; read: string }
export interface DirectoryView { cities: string[]; city: string; organisations: OrganisationView[] }
export type LinkRequest =
  | { kind: "call"; organisation: string }
  | { kind: "map"; organisation: string }
  | { kind: "website"; organisation: string }
  | { kind: "email"; organisation: string }
  | { kind: "chat"; organisation: string }
  | { kind: "organisation-source"; organisation: string; index: number }
  | { kind: "article-call"; article: string; number: string }
  | { kind: "source"; article: string; index: number }
  | { kind: "article-link"; article: string; url: string };
export interface ErrorView { code: string; message: string }

// The diary (see core/src/diary.rs).
export type VaultState = "not-set-up" | "locked" | "unlocked";
export interface Choice { value: number; label: string }
export interface DiaryStatus {
  state: VaultState;
  wait_secs: number;
  wait_message: string | null;
  auto_lock_secs: number;
  wipe_after: number | null;
  disguise: boolean;
  auto_lock_choices: Choice[];
  wipe_after_choices: Choice[];
  reminder_choices: Choice[];
}
export type EntryKind = "appointment" | "incident" | "note";
export interface EntryItem { id: string; kind: EntryKind; kind_label: string; time: string; title: string; place: string; has_alarm: boolean; conflict_label: string | null }
export interface DiaryDay { date: string; label: string; today: boolean; entries: EntryItem[] }
export interface DiaryWeek { start: string; previous: string; next: string; label: string; days: DiaryDay[]; count_label: string }
export interface DiarySearch { query: string; days: DiaryDay[]; count_label: string }
export type EntryBody =
  | { kind: "appointment"; starts: string; ends: string | null; place: string; with_whom: string; check_in: string | null; checked_in: boolean; reminder_minutes: number | null; notes: string }
  | { kind: "incident"; happened: string; place: string; what: string; who: string; photos: string[] }
  | { kind: "note"; at: string; title: string; text: string };
export type Entry = EntryBody & { id: string; version: number };

// Contact with a support worker, and sync (core/src/contact_view.rs).
export interface ContactOrganisation { id: string; name: string; city: string | null; description: string | null }
export interface ConversationItem {
  id: string;
  organisation: string;
  unread: number;
  unread_label: string | null;
  queued_label: string | null;
  closed: boolean;
  when: string;
}
export interface ContactView {
  configured: boolean;
  organisations: ContactOrganisation[];
  organisations_note: string | null;
  conversations: ConversationItem[];
}
/** `about`: for a report of a mistake, what it is about, named ("Report of a mistake in: …"). */
export interface MessageItem { from_worker: boolean; sender: string; body: string; when: string; state: string | null; about: string | null }
export interface ConversationView {
  id: string;
  organisation: string;
  closed: boolean;
  closed_notice: string | null;
  messages: MessageItem[];
  delete_server_label: string;
}
export type SyncState = "off" | "syncing" | "synced" | "offline" | "problem";
export interface SyncView {
  state: SyncState;
  headline: string;
  details: string[];
  notice: string | null;
  server: string | null;
  progress: [number, number] | null;
}
export interface SyncSettings { view: SyncView; server: string; effective: string | null }
